/**
 * Route-level CSS modules, imported once from the root layout so every page
 * shares one set of stylesheets. Otherwise next/link's prefetch preloads a
 * route's own CSS chunk, and Chrome warns that the preload went unused
 * (vercel/next.js#51524), which our "no console warnings" tests reject. The
 * whole site's CSS is small, and one cached set is better for a static site.
 */
import './guide-list.module.css';
import './mdx/callout.module.css';
import './mdx/estimate.module.css';
import './mdx/methodology.module.css';
import '../page.module.css';
import '../guides/[slug]/guide.module.css';
import './calculator/calculator.module.css';
import './charts/chart.module.css';
import '../calculator/page.module.css';
import './widgets/widgets.module.css';
import './discovery-page.module.css';
import '../models/models.module.css';
import '../search/search.module.css';
import '../compare/compare.module.css';
import './page-parts.module.css';
