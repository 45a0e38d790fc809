// The reader's position, asked for only when they press "near me": the browser then asks them. The
// page keeps it in memory for the list and sends it nowhere.
export type LocateFailure = 'denied' | 'unavailable' | 'unsupported';

export function locate(geolocation: Geolocation | undefined = globalThis.navigator?.geolocation): Promise<[number, number]> {
  return new Promise((resolve, reject: (reason: LocateFailure) => void) => {
    if (!geolocation) {
      reject('unsupported');
      return;
    }
    geolocation.getCurrentPosition(
      (pos) => resolve([pos.coords.longitude, pos.coords.latitude]),
      (error) => reject(error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable'),
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 60_000 },
    );
  });
}
