import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import Layout from '@theme/Layout';
import examplesManifest from '@site/examples/package.json';
import styles from './index.module.css';

const clientVersion = examplesManifest.dependencies.aerospike;

export default function Home(): ReactNode {
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
        <p className={styles.versions}>
          <Translate id="home.versions" values={{ client: <code>aerospike@{clientVersion}</code> }}>
            {'Examples verified with the Node.js client {client}.'}
          </Translate>
        </p>
      </main>
    </Layout>
  );
}
