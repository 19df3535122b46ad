/**
 * The fixed words of the result-code handbook in both locales: headings of the groups, the
 * labels of an entry, and the one-line reasons a code is not produced live.
 */
import type { Category, NotLive } from '../../../examples/src/result-codes/classification';
import type { Setup } from '../../../examples/src/result-codes/produce';

export type Locale = 'en' | 'ko';

export interface Labels {
  /** `{count}` and `{version}` are filled in. */
  source: string;
  categories: Record<Category, string>;
  reportedBy: string;
  origin: { client: string; server: string; both: string };
  retry: string;
  yes: string;
  no: string;
  /** `{condition}` is filled in. */
  onlyIf: string;
  mayHaveApplied: string;
  whatToDo: string;
  guide: string;
  clientMessage: string;
  alsoWritten: string;
  /** The other clients, before the name each gives the code. */
  otherClients: { c: string; java: string; python: string };
  /** Where the meaning rests, upstream. */
  upstream: string;
  producedLive: string;
  /** After the setup: the live test that asserts the code, `{test}` its path. */
  checkedBy: string;
  /** Where a live producer runs, by its setup; `queue` is the process of its own of -11. */
  setups: Record<Setup | 'queue', string>;
  output: string;
  notProduced: string;
  /** `{code}` is filled in for `other-code`. */
  notLive: Record<NotLive, string>;
  /** Lead-in of the list a guide page gets. */
  guideCodes: string;
  /** A code's page of its own: `{code}`, `{names}`, `{aliases}` and `{message}` are filled in. */
  codePage: { description: string; link: string };
}

export const LABELS: Record<Locale, Labels> = {
  en: {
    source: '{count} codes, read from Aerospike.status of {version} when this site was built.',
    categories: {
      record: 'Records',
      'generation-exists': 'Generation and existence checks',
      request: 'Invalid requests',
      capacity: 'Capacity and load',
      timeout: 'Timeouts',
      'network-cluster': 'Network and cluster',
      batch: 'Batches',
      'query-index': 'Queries and secondary indexes',
      udf: 'UDFs',
      transactions: 'Transactions',
      security: 'Security',
      xdr: 'XDR',
      enterprise: 'Enterprise only',
      internal: 'Internal and generic',
    },
    reportedBy: 'Reported by',
    origin: { client: 'the client', server: 'the server', both: 'the server, and the client itself' },
    retry: 'Retry',
    yes: 'yes',
    no: 'no',
    onlyIf: 'only if {condition}',
    mayHaveApplied: 'A failed write may have been applied',
    whatToDo: 'What to do',
    guide: 'Guide',
    clientMessage: 'Client message',
    alsoWritten: 'Also written',
    otherClients: { c: 'C client', java: 'Java', python: 'Python' },
    upstream: 'Upstream source',
    producedLive: 'Produced live',
    checkedBy: '; checked by {test}',
    setups: {
      any: 'against the test server',
      community: 'against the test server, a Community Edition server',
      slow: 'through a proxy that holds every answer for 1.5 s',
      drop: 'through a proxy that drops the connection',
      'drop-all': 'through a proxy that keeps dropping connections, by a client that tolerates few errors',
      'special-node': 'on a node started with the settings in special-node.ts',
      'cluster-orphans': 'on a three-node cluster with min-cluster-size 3, after one of its nodes was killed',
      'cluster-down': 'on the same cluster, after its two other nodes were stopped too',
      queue: 'in a Node process of its own, since the command queue is global',
    },
    output: 'Output',
    notProduced: 'Not produced here',
    notLive: {
      enterprise: 'Enterprise Edition only; the test servers are Community Edition.',
      security: 'needs security (access control) enabled, which only Enterprise Edition offers.',
      'strong-consistency': 'needs a strong-consistency namespace, an Enterprise feature.',
      xdr: 'needs XDR (cross-datacenter replication), an Enterprise feature.',
      internal: 'internal to the client; it does not reach the application.',
      cluster: 'needs a cluster of several nodes that changes while the command runs.',
      storage: 'needs a storage device that falls behind the writes; the test servers keep data in memory.',
      dns: 'needs a DNS lookup, and the tests send nothing beyond loopback.',
      'client-prevents': 'this client never sends such a request: it checks or derives the value itself.',
      'other-code': 'this client and these servers report the same situation as code {code}.',
      slow: 'takes about 30 s (256 indexes), beyond the time budget of the live tests.',
      'no-trigger': 'no test here has yet made a healthy one-node server or this client return it.',
      obsolete:
        'current servers do not send it: their source marks it unused, or a server release removed it.',
    },
    guideCodes: 'The result codes this page handles, each with its entry in the reference:',
    codePage: {
      description:
        'Aerospike result code {code}, {names} ({aliases}): "{message}". What it means, whether to retry it, and whether a failed write may have been applied, with the code produced on a live server where one can be.',
      link: 'Page of its own',
    },
  },
  ko: {
    source: '이 사이트를 빌드할 때 {version}의 Aerospike.status에서 읽은 코드 {count}개입니다.',
    categories: {
      record: '레코드',
      'generation-exists': '세대·존재 여부 검사',
      request: '잘못된 요청',
      capacity: '용량과 부하',
      timeout: '타임아웃',
      'network-cluster': '네트워크와 클러스터',
      batch: '배치',
      'query-index': '쿼리와 보조 인덱스',
      udf: 'UDF',
      transactions: '트랜잭션',
      security: '보안',
      xdr: 'XDR',
      enterprise: 'Enterprise 전용',
      internal: '내부·일반 에러',
    },
    reportedBy: '보고 주체',
    origin: { client: '클라이언트', server: '서버', both: '서버, 그리고 클라이언트 자신' },
    retry: '재시도',
    yes: '예',
    no: '아니요',
    onlyIf: '조건부 가능({condition})',
    mayHaveApplied: '실패한 쓰기가 반영됐을 가능성',
    whatToDo: '대응',
    guide: '가이드',
    clientMessage: '클라이언트 메시지(영문)',
    alsoWritten: '다른 표기',
    otherClients: { c: 'C 클라이언트', java: 'Java', python: 'Python' },
    upstream: '업스트림 소스',
    producedLive: '실서버 재현',
    checkedBy: ', {test}에서 검증',
    setups: {
      any: '테스트 서버에서',
      community: 'Community Edition인 테스트 서버에서',
      slow: '모든 응답을 1.5초 붙잡아 두는 프록시를 거쳐서',
      drop: '연결을 끊어 버리는 프록시를 거쳐서',
      'drop-all': '연결을 계속 끊는 프록시를 거쳐, 에러 허용치를 낮춘 클라이언트로',
      'special-node': 'special-node.ts의 설정으로 띄운 별도 노드에서',
      'cluster-orphans': 'min-cluster-size를 3으로 올린 3노드 클러스터에서 노드 하나를 강제 종료한 뒤',
      'cluster-down': '같은 클러스터에서 남은 노드 두 개마저 멈춘 뒤',
      queue: '명령 큐가 프로세스 전역이라 별도 Node 프로세스에서',
    },
    output: '출력',
    notProduced: '여기서는 재현하지 않음',
    notLive: {
      enterprise: 'Enterprise Edition 전용이고, 테스트 서버는 Community Edition입니다.',
      security: '보안(접근 제어)을 켜야 하는데, 이 기능은 Enterprise Edition에만 있습니다.',
      'strong-consistency': '강한 일관성(SC) 네임스페이스가 필요하고, 이는 Enterprise 기능입니다.',
      xdr: 'XDR(데이터센터 간 복제)이 필요하고, 이는 Enterprise 기능입니다.',
      internal: '클라이언트 안에서만 쓰는 코드라 애플리케이션까지 올라오지 않습니다.',
      cluster: '명령이 도는 동안 구성이 바뀌는 여러 노드짜리 클러스터가 있어야 합니다.',
      storage: '쓰기를 따라가지 못하는 저장 장치가 있어야 하는데, 테스트 서버는 데이터를 메모리에 둡니다.',
      dns: 'DNS 조회가 필요한데, 테스트는 루프백 밖으로 아무것도 보내지 않습니다.',
      'client-prevents': '이 클라이언트는 그런 요청을 아예 보내지 않습니다. 값을 직접 검사하거나 계산합니다.',
      'other-code': '이 클라이언트와 테스트 서버에서는 같은 상황이 {code} 코드로 보고됩니다.',
      slow: '재현하려면 인덱스 256개를 만드느라 30초쯤 걸려, 라이브 테스트의 시간 예산을 넘습니다.',
      'no-trigger': '정상인 단일 노드 서버나 이 클라이언트에서 이 코드를 받아 내는 테스트는 아직 없습니다.',
      obsolete:
        '현재 서버는 이 코드를 보내지 않습니다. 서버 소스가 쓰지 않는 코드로 표시했거나, 서버 릴리스에서 삭제됐습니다.',
    },
    guideCodes: '이 페이지가 다루는 결과 코드입니다. 각 항목은 레퍼런스의 해당 설명으로 연결됩니다.',
    codePage: {
      description:
        'Aerospike 결과 코드 {code}, {names}({aliases}): "{message}". 코드의 뜻, 재시도 여부, 실패한 쓰기가 반영됐을 가능성, 그리고 재현할 수 있는 코드는 실서버에서 재현한 결과까지 담았습니다.',
      link: '이 코드의 페이지',
    },
  },
};

/** The order of the groups on the page: what readers meet most often first. */
export const CATEGORY_ORDER: Category[] = [
  'record',
  'generation-exists',
  'request',
  'capacity',
  'timeout',
  'network-cluster',
  'batch',
  'query-index',
  'udf',
  'transactions',
  'security',
  'xdr',
  'enterprise',
  'internal',
];

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}
