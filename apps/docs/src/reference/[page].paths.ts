import { referenceRoutes } from '../../reference/routes.js';

export default { paths: () => referenceRoutes('nl') };
