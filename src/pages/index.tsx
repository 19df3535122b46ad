import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Translate, { translate } from '@docusaurus/Translate';
import Layout from '@theme/Layout';
import { verifiedRange } from '@site/src/components/CompatibilityMatrix/range';
import type { Matrix } from '@site/examples/matrix/matrix-file';
// Written by `npm run test:matrix`; CI reruns the matrix and fails when it differs.
import results from '@site/examples/matrix/results.json';
import ResultCodeLookup from '@site/src/components/ResultCodeLookup';
import styles from './index.module.css';

export default function Home(): ReactNode {
  const { siteConfig } = useDocusaurusContext();
  const range = verifiedRange(results as Matrix);
  // The guide's pages and the other top-level pages, as the sidebar lists them
  // (docusaurus.config.ts reads them from the pages' front matter).
  const topics = siteConfig.customFields!.homeTopics as { to: string; label: string }[];
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
              <Link to={to}>{label}</Link>
            </li>
          ))}
        </ul>
        <h2>
          <Translate id="home.lookup.title">Look up a result code</Translate>
        </h2>
        <ResultCodeLookup />
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
