// Real IndexedDB semantics in Node for unit tests of src/data (fake-indexeddb implements the spec).
import 'fake-indexeddb/auto';
