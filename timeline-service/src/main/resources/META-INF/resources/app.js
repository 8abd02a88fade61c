// The timeline page: reads q, entity, from and to from the address (so a timeline can be shared),
// fetches /api/timeline and shows the entries grouped by year and month. Text from the data is only
// ever set as text (textContent), never as markup.
(function () {
  'use strict';

  const LIMIT = 200;
  const LOCALE = 'en-GB';
  const MONTH = new Intl.DateTimeFormat(LOCALE, { month: 'long', timeZone: 'UTC' });
  const DAY = new Intl.DateTimeFormat(LOCALE, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
  const FULL_DAY = new Intl.DateTimeFormat(LOCALE, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const SHORT_DAY = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

  // Related stories come from search-service: at this page's origin (one gateway for both), or at the
  // address a <meta name="linimasa-search" content="http://127.0.0.1:8082/"> gives.
  const SEARCH = new URL((document.querySelector('meta[name="linimasa-search"]') || {}).content || '/', window.location.href);

  const form = document.getElementById('filters');
  const status = document.getElementById('status');
  const timeline = document.getElementById('timeline');
  const activeEntities = document.getElementById('active-entities');
  let request = 0;

  /** The filters of the address: { q, entities: [], from, to }. */
  function readFilters() {
    const params = new URLSearchParams(window.location.search);
    return {
      q: (params.get('q') || '').trim(),
      entities: params.getAll('entity').map(e => e.trim()).filter(Boolean),
      from: params.get('from') || '',
      to: params.get('to') || ''
    };
  }

  function queryOf(filters) {
    const params = new URLSearchParams();
    if (filters.q) params.set('q', filters.q);
    filters.entities.forEach(e => params.append('entity', e));
    if (filters.from) params.set('from', filters.from);
    if (filters.to) params.set('to', filters.to);
    return params;
  }

  /** Puts the filters in the address (a new history entry) and shows their timeline. */
  function go(filters) {
    const query = queryOf(filters).toString();
    const url = window.location.pathname + (query ? '?' + query : '');
    window.history.pushState(null, '', url);
    show(filters);
  }

  function fillForm(filters) {
    form.elements.q.value = filters.q;
    form.elements.entity.value = '';
    form.elements.from.value = filters.from;
    form.elements.to.value = filters.to;
    activeEntities.replaceChildren();
    filters.entities.forEach(name => {
      const chip = element('button', 'chip active', name);
      chip.type = 'button';
      chip.dataset.entity = name;
      chip.title = 'Remove this filter';
      chip.setAttribute('aria-label', 'Remove filter ' + name);
      chip.appendChild(element('span', 'remove', '×'));
      chip.addEventListener('click', () => {
        const current = readFilters();
        current.entities = current.entities.filter(e => e !== name);
        go(current);
      });
      activeEntities.appendChild(chip);
    });
    activeEntities.hidden = filters.entities.length === 0;
  }

  async function show(filters) {
    fillForm(filters);
    const mine = ++request;
    setStatus('Loading…', 'loading');
    timeline.setAttribute('aria-busy', 'true');
    const params = queryOf(filters);
    params.set('limit', String(LIMIT));
    try {
      const response = await fetch('api/timeline?' + params.toString(), { headers: { Accept: 'application/json' } });
      const body = await response.json().catch(() => null);
      if (mine !== request) return;
      if (!response.ok) {
        const detail = body && (body.detail || body.title);
        throw new Error(detail || ('the server answered ' + response.status));
      }
      render(body.entries || [], filters);
    } catch (e) {
      if (mine !== request) return;
      timeline.replaceChildren();
      setStatus('The timeline could not be loaded: ' + e.message, 'error');
    } finally {
      if (mine === request) timeline.removeAttribute('aria-busy');
    }
  }

  function setStatus(text, kind) {
    status.textContent = text;
    status.className = 'status' + (kind ? ' ' + kind : '');
  }

  function element(tag, className, text) {
    const el = document.createElement(tag);
    if (className) el.className = className;
    if (text !== undefined && text !== null) el.textContent = text;
    return el;
  }

  /** A date string of the contract as a UTC Date: 2020-10-31, 2020-10, 2020, 1990s. */
  function parts(entry) {
    const d = entry.date;
    if (entry.granularity === 'DECADE') return { year: parseInt(d, 10), month: null, day: null };
    const [y, m, day] = d.split('-').map(n => parseInt(n, 10));
    return { year: y, month: m || null, day: day || null };
  }

  function utc(year, month, day) {
    return new Date(Date.UTC(year, (month || 1) - 1, day || 1));
  }

  /** The group an entry belongs to: its year (or decade) and, below it, its month (or the whole year). */
  function groupOf(entry) {
    const p = parts(entry);
    if (entry.granularity === 'DECADE') {
      return { top: entry.date, topLabel: entry.date, sub: 'decade', subLabel: null };
    }
    if (entry.granularity === 'YEAR') {
      return { top: String(p.year), topLabel: String(p.year), sub: 'year', subLabel: 'During the year' };
    }
    const label = MONTH.format(utc(p.year, p.month, 1));
    return { top: String(p.year), topLabel: String(p.year), sub: String(p.month).padStart(2, '0'), subLabel: label };
  }

  /** The date as a reader wants it, for its granularity: short in the list, full in the tooltip. */
  function dateLabel(entry) {
    const p = parts(entry);
    switch (entry.granularity) {
      case 'DAY': {
        const date = utc(p.year, p.month, p.day);
        return { short: DAY.format(date), full: FULL_DAY.format(date) };
      }
      case 'WEEK': {
        const monday = utc(p.year, p.month, p.day);
        const sunday = new Date(monday.getTime() + 6 * 86400000);
        return { short: 'Week of ' + SHORT_DAY.format(monday).replace(/ \d{4}$/, ''),
                 full: 'The week of ' + SHORT_DAY.format(monday) + ' – ' + SHORT_DAY.format(sunday) };
      }
      case 'MONTH': {
        const month = MONTH.format(utc(p.year, p.month, 1));
        return { short: 'In ' + month, full: 'Some time in ' + month + ' ' + p.year };
      }
      case 'YEAR':
        return { short: 'In ' + p.year, full: 'Some time in ' + p.year };
      case 'DECADE':
        return { short: 'The ' + entry.date, full: 'Some time in the ' + entry.date };
      default:
        return { short: entry.date, full: entry.date };
    }
  }

  function render(entries, filters) {
    timeline.replaceChildren();
    if (entries.length === 0) {
      const filtered = filters.q || filters.entities.length || filters.from || filters.to;
      setStatus(filtered ? 'No events match these filters. Try fewer words, another entity or a wider date range.'
        : 'No events yet. Events appear here a few seconds after their articles are ingested.', 'empty');
      return;
    }
    const sources = new Set();
    entries.forEach(e => (e.sources || []).forEach(s => sources.add(s.articleId)));
    let summary = entries.length + (entries.length === 1 ? ' event' : ' events') + ' from ' + sources.size
      + (sources.size === 1 ? ' article' : ' articles');
    if (entries.length >= LIMIT) summary += ' (the first ' + LIMIT + '; narrow the dates to see more)';
    setStatus(summary + '.', 'ok');

    let year = null;
    let yearKey = null;
    let list = null;
    let subKey = null;
    entries.forEach(entry => {
      const g = groupOf(entry);
      if (g.top !== yearKey) {
        yearKey = g.top;
        subKey = null;
        year = element('section', 'year');
        year.dataset.year = g.top;
        year.appendChild(element('h2', 'year-heading', g.topLabel));
        timeline.appendChild(year);
      }
      if (g.sub !== subKey) {
        subKey = g.sub;
        const month = element('section', 'month');
        month.dataset.month = g.sub;
        if (g.subLabel) month.appendChild(element('h3', 'month-heading', g.subLabel));
        list = element('ol', 'entries');
        month.appendChild(list);
        year.appendChild(month);
      }
      list.appendChild(renderEntry(entry));
    });
  }

  function renderEntry(entry) {
    const item = element('li', 'entry');
    item.dataset.granularity = entry.granularity;
    const label = dateLabel(entry);
    const time = element('time', 'date', label.short);
    time.dateTime = entry.granularity === 'DECADE' ? entry.date.replace('s', '') : entry.date;
    time.title = label.full;
    item.appendChild(time);

    const body = element('div', 'entry-body');
    const sources = entry.sources || [];
    const lead = element('p', 'summary', entry.summary);
    if (sources.length && sources[0].language) lead.lang = sources[0].language;
    body.appendChild(lead);
    if (sources.length > 1) body.appendChild(renderOtherReports(sources.slice(1)));

    if (entry.entities && entry.entities.length) {
      const chips = element('ul', 'entities');
      chips.setAttribute('aria-label', 'Entities');
      entry.entities.forEach(name => {
        const li = element('li');
        const chip = element('button', 'chip', name);
        chip.type = 'button';
        chip.dataset.entity = name;
        chip.title = 'Show the timeline of ' + name;
        chip.addEventListener('click', () => {
          const current = readFilters();
          if (!current.entities.includes(name)) current.entities.push(name);
          go(current);
        });
        li.appendChild(chip);
        chips.appendChild(li);
      });
      body.appendChild(chips);
    }

    if (sources.length) {
      const box = element('div', 'sources');
      box.appendChild(element('span', 'sources-label', sources.length === 1 ? 'Source' : sources.length + ' sources'));
      const list = element('ul', 'source-list');
      sources.forEach(s => list.appendChild(renderSource(s)));
      box.appendChild(list);
      body.appendChild(box);
    }
    item.appendChild(body);
    return item;
  }

  /**
   * A source: its title linked to the article's page when the page is known, with outlet and
   * publication day, and a link to the stories related to it.
   */
  function renderSource(source) {
    const li = element('li', 'source');
    const title = source.title || 'Untitled article';
    const href = safeUrl(source.url);
    let name;
    if (href) {
      name = element('a', 'source-title', title);
      name.href = href;
      name.rel = 'noopener noreferrer';
      name.target = '_blank';
    } else {
      name = element('span', 'source-title', title);
    }
    if (source.sentence) name.title = source.sentence;
    li.appendChild(name);
    const meta = [];
    if (source.outlet) meta.push(source.outlet);
    if (source.publishedAt) {
      const day = source.publishedAt.slice(0, 10).split('-').map(n => parseInt(n, 10));
      meta.push(SHORT_DAY.format(utc(day[0], day[1], day[2])));
    }
    if (meta.length) li.appendChild(element('span', 'source-meta', meta.join(' · ')));
    if (source.mention === 'COARSER') {
      const own = dateLabel(source);
      const coarser = element('span', 'coarser', coarserLabel(source));
      coarser.title = 'This source gives a coarser date: ' + own.full;
      li.appendChild(coarser);
    }
    if (source.articleId) {
      const related = element('a', 'source-related', 'Related stories');
      related.href = new URL('api/articles/' + encodeURIComponent(source.articleId) + '/related', SEARCH).href;
      li.append(' ', related);
    }
    return li;
  }

  /** What a coarser mention says of the date: "reports it as in October", "reports it as the 1990s". */
  function coarserLabel(source) {
    const own = dateLabel(source).short;
    return 'reports it as ' + own.charAt(0).toLowerCase() + own.slice(1);
  }

  /** The other sources' own summaries, each in its language, one click away (a native disclosure, no script). */
  function renderOtherReports(others) {
    const details = element('details', 'other-reports');
    details.appendChild(element('summary', null, others.length === 1 ? 'Another report' : others.length + ' more reports'));
    const list = element('ul', 'report-list');
    others.forEach(s => {
      const li = element('li', 'report');
      const text = element('p', 'report-summary', s.summary || s.sentence);
      if (s.language) text.lang = s.language;
      li.appendChild(text);
      const from = [s.outlet || s.title || 'Untitled article'];
      if (s.mention === 'COARSER') from.push(coarserLabel(s));
      li.appendChild(element('span', 'report-source', from.join(' · ')));
      list.appendChild(li);
    });
    details.appendChild(list);
    return details;
  }

  /** Only web addresses become links: never javascript: or data: from the data. */
  function safeUrl(url) {
    if (!url) return null;
    try {
      const parsed = new URL(url, window.location.href);
      return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
    } catch (e) {
      return null;
    }
  }

  form.addEventListener('submit', event => {
    event.preventDefault();
    const current = readFilters();
    const entity = form.elements.entity.value.trim();
    const entities = current.entities.slice();
    if (entity && !entities.includes(entity)) entities.push(entity);
    go({
      q: form.elements.q.value.trim(),
      entities: entities,
      from: form.elements.from.value,
      to: form.elements.to.value
    });
  });

  document.getElementById('clear').addEventListener('click', () => go({ q: '', entities: [], from: '', to: '' }));
  window.addEventListener('popstate', () => show(readFilters()));
  show(readFilters());
})();
