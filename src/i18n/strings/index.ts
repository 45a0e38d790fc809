// Importing this module registers every UI string of the editor.
import './app';
import './areas-domain';
import './areas-ui';
import './colour-by';
import './gates-domain';
import './gates-ui';
import './import-export';
import './investments-ui';
import './io';
import './panel';
import './programme';
import './publish';
import './sdg';
import './settings';
import './stats';
import './stats-ui';
import './workshop';
