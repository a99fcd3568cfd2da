import { entryRoutes } from '../../../reference/routes.js';

export default { paths: () => entryRoutes('nl') };
