// The live channel: after every accepted push, each open event stream of that workspace is told
// the new cursor, and the client pulls. One process holds the streams (one server per database;
// README: Shared workspaces). On shutdown every stream is ended so the server can stop.
interface Stream {
  changed(cursor: number): void;
  close(): void;
}

export class WorkspaceEvents {
  private readonly streams = new Map<string, Set<Stream>>();

  subscribe(workspaceId: string, stream: Stream): () => void {
    const set = this.streams.get(workspaceId) ?? new Set<Stream>();
    set.add(stream);
    this.streams.set(workspaceId, set);
    return () => {
      set.delete(stream);
      if (set.size === 0) this.streams.delete(workspaceId);
    };
  }

  changed(workspaceId: string, cursor: number): void {
    for (const stream of this.streams.get(workspaceId) ?? []) stream.changed(cursor);
  }

  closeAll(): void {
    for (const set of this.streams.values()) for (const stream of set) stream.close();
  }
}
