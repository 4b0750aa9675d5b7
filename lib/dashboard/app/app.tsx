import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { MessageKey } from '../model/messages.js';
import { type Language, languages, pickLanguage } from '../model/messages.js';
import { type Page, pageOf } from '../model/routes.js';
import { apiClient } from './api.js';
import { useWords, WordsContext, wordsFor } from './i18n.js';
import { type DevSession, forgetToken, readDevSession, storedToken, storeToken } from './session.js';
import { Complaints } from './views/complaints.js';
import { GuestPage } from './views/guest.js';
import { KeyCustomers } from './views/key-customers.js';
import { Overview } from './views/overview.js';

const languageKey = 'loyalty.language';
const tenantKey = 'loyalty.tenant';
const languageNames: Record<Language, string> = { en: 'English', 'zh-CN': '简体中文' };
const pageTitles: Record<Exclude<Page['name'], 'guest'>, MessageKey> = {
  overview: 'nav.overview',
  'key-customers': 'nav.keyCustomers',
  complaints: 'nav.complaints',
};

function useHashPage(): Page {
  const [page, setPage] = useState(() => pageOf(location.hash));
  useEffect(() => {
    const onChange = () => setPage(pageOf(location.hash));
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return page;
}

export function App() {
  const [language, setLanguage] = useState<Language>(() =>
    pickLanguage(localStorage.getItem(languageKey), navigator.languages ?? [navigator.language]),
  );
  const words = useMemo(() => wordsFor(language), [language]);
  const { t } = words;
  const page = useHashPage();
  const [devSession, setDevSession] = useState<DevSession | null | undefined>(undefined);
  const [tenant, setTenant] = useState<string | null>(() => localStorage.getItem(tenantKey));
  const [token, setToken] = useState<string | null>(() => storedToken());
  const [expired, setExpired] = useState(false);

  useEffect(() => {
    void readDevSession().then(setDevSession);
  }, []);
  // A new page says so: its name in the title, and focus on the content (not on the first load).
  const firstPage = useRef(true);
  useEffect(() => {
    document.documentElement.lang = language;
    const section = page.name === 'guest' ? page.guestId : t(pageTitles[page.name]);
    document.title = `${section} · ${t('app.title')}`;
  }, [language, page]);
  useEffect(() => {
    if (firstPage.current) {
      firstPage.current = false;
      return;
    }
    scrollTo(0, 0);
    document.getElementById('main')?.focus();
  }, [page]);

  // Locally the development staff token signs in by itself; elsewhere the person signs in.
  const tenants = devSession ? Object.keys(devSession.tenants) : [];
  const devTenant = devSession ? (tenant && devSession.tenants[tenant] ? tenant : tenants[0]) : undefined;
  const activeToken = devSession && devTenant ? devSession.tenants[devTenant]!.staffToken : token;
  const api = useMemo(
    () =>
      activeToken
        ? apiClient(activeToken, language, () => {
            // A late answer to a token already replaced must not sign out its successor.
            if (devSession || storedToken() !== activeToken) return;
            forgetToken();
            setToken(null);
            setExpired(true);
          })
        : null,
    [activeToken, language, devSession],
  );

  const chooseLanguage = (value: Language) => {
    localStorage.setItem(languageKey, value);
    setLanguage(value);
  };
  const chooseTenant = (value: string) => {
    localStorage.setItem(tenantKey, value);
    setTenant(value);
  };

  return (
    <WordsContext.Provider value={words}>
      <a
        class="skip"
        href="#main"
        onClick={(event) => {
          // The hash names pages here, so the skip link moves focus itself.
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('app.skip')}
      </a>
      <header class="top">
        <h1>{t('app.title')}</h1>
        <nav aria-label={t('nav.label')}>
          <ul>
            {(
              [
                ['#/', 'overview', 'nav.overview'],
                ['#/key-customers', 'key-customers', 'nav.keyCustomers'],
                ['#/complaints', 'complaints', 'nav.complaints'],
              ] as const
            ).map(([href, name, label]) => (
              <li key={name}>
                <a href={href} aria-current={page.name === name ? 'page' : undefined}>
                  {t(label)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div class="controls">
          {tenants.length > 1 && (
            <label>
              {t('tenant.label')}{' '}
              <select value={devTenant} onChange={(e) => chooseTenant((e.target as HTMLSelectElement).value)}>
                {tenants.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </select>
            </label>
          )}
          <label>
            {t('language.label')}{' '}
            <select
              value={language}
              onChange={(e) => chooseLanguage((e.target as HTMLSelectElement).value as Language)}
            >
              {languages.map((value) => (
                <option key={value} value={value} lang={value}>
                  {languageNames[value]}
                </option>
              ))}
            </select>
          </label>
          {!devSession && token && (
            <button
              type="button"
              onClick={() => {
                forgetToken();
                setToken(null);
              }}
            >
              {t('signIn.signOut')}
            </button>
          )}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {devSession === undefined ? null : !api ? (
          <SignIn
            expired={expired}
            onToken={(value) => {
              storeToken(value);
              setExpired(false);
              setToken(value);
            }}
          />
        ) : page.name === 'overview' ? (
          <Overview api={api} key={activeToken} />
        ) : page.name === 'key-customers' ? (
          <KeyCustomers api={api} key={activeToken} />
        ) : page.name === 'complaints' ? (
          <Complaints api={api} key={activeToken} />
        ) : (
          <GuestPage api={api} guestId={page.guestId} key={`${activeToken}|${page.guestId}`} />
        )}
      </main>
    </WordsContext.Provider>
  );
}

function SignIn({ expired, onToken }: { expired: boolean; onToken: (token: string) => void }) {
  const { t } = useWords();
  const [value, setValue] = useState('');
  return (
    <section class="card sign-in" aria-labelledby="sign-in-title">
      <h2 id="sign-in-title">{t('signIn.title')}</h2>
      {expired && <p role="alert">{t('signIn.expired')}</p>}
      <p>{t('signIn.explain')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (value.trim()) onToken(value.trim());
        }}
      >
        <label for="staff-token">{t('signIn.token')}</label>
        <textarea
          id="staff-token"
          rows={4}
          required
          // A token is a secret: no spelling service, no autofill.
          spellcheck={false}
          autocomplete="off"
          value={value}
          onInput={(e) => setValue((e.target as HTMLTextAreaElement).value)}
        />
        <button type="submit">{t('signIn.submit')}</button>
      </form>
    </section>
  );
}
