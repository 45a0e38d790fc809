// The public viewer entry (built as public.html). It is developed in src/viewer/ and must not import
// editor code (store, persistence, features).
const root = document.getElementById('root');
if (root) root.textContent = 'Platsen';
