// Importing this module registers every UI string of the editor.
import './app';
import './panel';
import './sdg';
