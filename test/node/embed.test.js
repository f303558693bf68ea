// The embed command's tests live with the other embed tests; imported here so `node --test test/node/` (npm test) runs them.
import '../embed/node/forms.test.js';
