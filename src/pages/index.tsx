import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import Layout from '@theme/Layout';
import { verifiedRange } from '@site/src/components/CompatibilityMatrix/range';
import type { Matrix } from '@site/examples/matrix/matrix-file';
// Written by `npm run test:matrix`; CI reruns the matrix and fails when it differs.
import results from '@site/examples/matrix/results.json';
import styles from './index.module.css';

export default function Home(): ReactNode {
  const range = verifiedRange(results as Matrix);
  const topics = [
    {
      to: 'error-handling/specific-first',
      label: translate({ id: 'home.topics.specific', message: 'Specific errors first' }),
    },
    {
      to: 'error-handling/retry',
      label: translate({ id: 'home.topics.retry', message: 'Retry with backoff and jitter' }),
    },
    {
      to: 'error-handling/optimistic-locking',
      label: translate({ id: 'home.topics.cas', message: 'Optimistic locking with generations' }),
    },
    {
      to: 'error-handling/create-only',
      label: translate({ id: 'home.topics.create', message: 'Create-only vs upsert' }),
    },
    {
      to: 'error-handling/batch',
      label: translate({ id: 'home.topics.batch', message: 'Per-key batch results' }),
    },
    {
      to: 'error-handling/timeouts',
      label: translate({ id: 'home.topics.timeouts', message: 'Timeouts and in-doubt writes' }),
    },
    {
      to: 'error-handling/connection-lifecycle',
      label: translate({ id: 'home.topics.lifecycle', message: 'Connection lifecycle' }),
    },
    { to: 'result-codes', label: translate({ id: 'home.topics.codes', message: 'Result codes' }) },
  ];
  return (
    <Layout
      title={translate({ id: 'home.title', message: 'Aerospike error handling in TypeScript' })}
      description={translate({
        id: 'home.description',
        message: 'Tested patterns for handling Aerospike errors with the Node.js client.',
      })}
    >
      <main className={styles.hero}>
        <h1>
          <Translate id="home.heading">Aerospike error handling in TypeScript</Translate>
        </h1>
        <p className={styles.lead}>
          <Translate id="home.lead">
            Patterns for the official Node.js client: which errors to expect, which to retry, and how to keep
            data correct when commands fail. Every snippet is compiled and run against a real Aerospike server
            before this site is built.
          </Translate>
        </p>
        <p>
          <Translate id="home.audience">
            For TypeScript developers who use Aerospike in production services.
          </Translate>
        </p>
        <div className={styles.actions}>
          <Link className="button button--primary button--lg" to="/docs/error-handling">
            <Translate id="home.cta.guide">Read the error-handling guide</Translate>
          </Link>
          <Link className="button button--secondary button--lg" to="/docs/quickstart">
            <Translate id="home.cta.quickstart">Quick start</Translate>
          </Link>
        </div>
        <h2>
          <Translate id="home.topics.title">What the guide covers</Translate>
        </h2>
        <ul className={styles.topics}>
          {topics.map(({ to, label }) => (
            <li key={to}>
              <Link to={`/docs/${to}`}>{label}</Link>
            </li>
          ))}
        </ul>
        <p className={styles.versions}>
          <Translate
            id="home.versions"
            values={{
              clients: <code>aerospike {range.clients}</code>,
              servers: <strong>{range.servers}</strong>,
              matrix: (
                <Link to="/docs/compatibility">
                  <Translate id="home.versions.matrix">compatibility matrix</Translate>
                </Link>
              ),
            }}
          >
            {
              'Every example runs with Node.js clients {clients} against Aerospike servers {servers}: see the {matrix}.'
            }
          </Translate>
        </p>
      </main>
    </Layout>
  );
}
