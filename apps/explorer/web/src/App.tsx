/** The page frame: navigation, search, the node's state, and the page the URL hash names. */
import { useRoute } from './chain/useRoute.js';
import { ConnectionBanner } from './components/ConnectionBanner.js';
import { SearchBox } from './components/SearchBox.js';
import { AccountPage } from './pages/AccountPage.js';
import { BlockPage, ExtrinsicPage } from './pages/BlockPage.js';
import { BlocksPage, EventsPage, ExtrinsicsPage } from './pages/BlocksPage.js';
import { EventPage } from './pages/EventPage.js';
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

/** detail pages highlight their list in the navigation */
const SECTION: Readonly<Record<string, string>> = {
  block: 'blocks',
  extrinsic: 'extrinsics',
  event: 'events',
  subnet: 'subnets',
};

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
    case 'event':
      return <EventPage key={id} id={id} />;
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
  const current = SECTION[route[0] ?? ''] ?? route[0] ?? '';
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
