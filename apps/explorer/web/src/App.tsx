/** The page frame: navigation, search, the node's state, and the page the URL hash names. */
import { useRoute } from './chain/useRoute.js';
import { ConnectionBanner } from './components/ConnectionBanner.js';
import { SearchBox } from './components/SearchBox.js';
import { AccountPage } from './pages/AccountPage.js';
import { BlockPage, ExtrinsicPage } from './pages/BlockPage.js';
import { BlocksPage, EventsPage, ExtrinsicsPage } from './pages/BlocksPage.js';
import { OverviewPage } from './pages/OverviewPage.js';
import { SubnetPage } from './pages/SubnetPage.js';
import { SubnetsPage } from './pages/SubnetsPage.js';
import { ValidatorsPage } from './pages/ValidatorsPage.js';

const NAV = [
  ['', 'Overview'],
  ['blocks', 'Blocks'],
  ['extrinsics', 'Extrinsics'],
  ['events', 'Events'],
  ['subnets', 'Subnets'],
  ['validators', 'Validators'],
] as const;

function Page({ route }: { route: readonly string[] }) {
  const [page = '', id = ''] = route;
  switch (page) {
    case '':
      return <OverviewPage />;
    case 'blocks':
      return <BlocksPage />;
    case 'block':
      return <BlockPage key={id} id={id} />;
    case 'extrinsics':
      return <ExtrinsicsPage />;
    case 'extrinsic':
      return <ExtrinsicPage key={id} id={id} />;
    case 'events':
      return <EventsPage />;
    case 'account':
      return <AccountPage key={id} address={id} />;
    case 'subnets':
      return <SubnetsPage />;
    case 'subnet':
      return <SubnetPage key={id} netuid={Number(id)} />;
    case 'validators':
      return <ValidatorsPage />;
    default:
      return <div className="notice">No page here. Try the overview.</div>;
  }
}

export function App() {
  const route = useRoute();
  const current = route[0] === 'block' ? 'blocks' : route[0] === 'subnet' ? 'subnets' : (route[0] ?? '');
  return (
    <div className="app" data-page={route[0] ?? 'overview'}>
      <header className="topbar">
        <a className="brand" href="#/">
          τ taonet <span className="dim">explorer</span>
        </a>
        <nav>
          {NAV.map(([path, label]) => (
            <a key={path} href={`#/${path}`} className={current === path ? 'active' : ''}>
              {label}
            </a>
          ))}
        </nav>
        <SearchBox />
        <ConnectionBanner />
      </header>
      <main>
        <Page route={route} />
      </main>
    </div>
  );
}
