// Drives a WordPress the way its users do: log in through wp-login.php, then the
// REST API with the login's nonce (as the block editor does), the block editor's
// own data stores, and the media uploader. Used by check.mjs.

/** Logs in as one user in a fresh browser context; returns a session. */
export async function login(browser, base, user) {
  const ctx = await browser.createBrowserContext();
  const page = await ctx.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`${base}/wp-login.php`);
  await page.type('#user_login', user);
  await page.type('#user_pass', `${user}-pass-1`);
  await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]);
  if (!page.url().includes('/wp-admin')) throw new Error(`login as ${user} failed at ${page.url()}`);
  const nonce = await page.evaluate(() => fetch('/wp-admin/admin-ajax.php?action=rest-nonce').then((r) => r.text()));
  return { ctx, page, base, nonce, user };
}

/** A REST request as the session's user: { status, json }. */
export function rest(session, method, route, body) {
  const url = `${session.base}/?rest_route=${route.replace('?', '&')}`;
  return session.page.evaluate(async (method, url, nonce, body) => {
    const headers = { 'X-WP-Nonce': nonce };
    if (body) headers['Content-Type'] = 'application/json';
    const r = await fetch(url, { method, headers, body: body ? JSON.stringify(body) : undefined });
    return { status: r.status, json: await r.json().catch(() => null) };
  }, method, url, session.nonce, body);
}

/**
 * Uploads a file through the REST API: as multipart form data (WordPress's
 * wp_handle_upload) or as the raw body (wp_handle_sideload), as clients do.
 */
export function upload(session, name, text, how = 'form') {
  const url = `${session.base}/?rest_route=/wp/v2/media`;
  return session.page.evaluate(async (url, nonce, name, text, how) => {
    const init = { method: 'POST', headers: { 'X-WP-Nonce': nonce } };
    if (how === 'form') {
      init.body = new FormData();
      init.body.append('file', new Blob([text], { type: 'application/json' }), name);
    } else {
      init.headers['Content-Type'] = 'application/json';
      init.headers['Content-Disposition'] = `attachment; filename="${name}"`;
      init.body = text;
    }
    const r = await fetch(url, init);
    return { status: r.status, json: await r.json().catch(() => null) };
  }, url, session.nonce, name, text, how);
}

/** Uploads a file with the media library's own uploader (Media → Add New); returns what it shows. */
export async function uploadInMediaLibrary(session, path) {
  const { page } = session;
  await page.goto(`${session.base}/wp-admin/media-new.php`);
  const input = await page.waitForSelector('#plupload-upload-ui input[type=file]');
  await input.uploadFile(path);
  const item = await page.waitForSelector('#media-items .error-div, #media-items .media-item .edit-attachment', { timeout: 30000 });
  return item.evaluate((el) => el.closest('.media-item').textContent.replace(/\s+/g, ' ').trim());
}

/** Opens the block editor on a new post and waits until it is ready. */
export async function newPost(session) {
  const { page } = session;
  await page.goto(`${session.base}/wp-admin/post-new.php`);
  await page.waitForFunction(() => window.wp?.data?.select('core/editor')?.getCurrentPostId()
    && window.wp.blocks?.getBlockType('civic-widgets/widget'), { timeout: 60000 });
  await page.evaluate(() => {
    // The welcome guide would cover the editor in screenshots.
    window.wp.data.dispatch('core/preferences')?.set('core/edit-post', 'welcomeGuide', false);
    window.civicLoads = [];
    document.addEventListener('civic-load', (e) => window.civicLoads.push(e.target.localName));
  });
}

/**
 * Inserts the block with these attributes, selects it (with `chooseFromLibrary`:
 * picks that document in the media library) and waits for the live preview's
 * civic-load (and, when `staticForm`, for the static embed it saves).
 */
export async function insertBlock(session, attributes, staticForm) {
  const { page } = session;
  const { chooseFromLibrary: title, ...blockAttributes } = attributes;
  await page.evaluate((attributes) => {
    const block = window.wp.blocks.createBlock('civic-widgets/widget', attributes);
    window.wp.data.dispatch('core/block-editor').insertBlocks(block);
    window.wp.data.dispatch('core/block-editor').selectBlock(block.clientId);
  }, blockAttributes);
  if (title) await chooseFromLibrary(session, title);
  await page.waitForFunction((tag) => window.civicLoads.includes(tag), { timeout: 30000 }, attributes.element);
  if (staticForm) {
    await page.waitForFunction(() => window.wp.data.select('core/block-editor').getSelectedBlock()?.attributes.html,
      { timeout: 30000 });
  }
}

/**
 * In the selected block (still without data), chooses a document from the media
 * library as an editor does: the block's button, the library's item, "Select".
 */
export async function chooseFromLibrary(session, title) {
  const { page } = session;
  const button = await page.waitForSelector('.wp-block-civic-widgets-widget .components-placeholder button');
  await button.click();
  // The modal may open on its upload tab: go to the library, as the editor would.
  await (await page.waitForSelector('.media-modal #menu-item-browse')).click();
  const item = await page.waitForSelector(`.media-modal li.attachment[aria-label="${title}"]`, { timeout: 30000 });
  await item.click();
  const select = await page.waitForSelector('.media-modal .media-button-select:not([disabled])');
  await select.click();
}

/** Publishes the post open in the editor, as the Publish button does; returns the saved post. */
export async function publish(session, title) {
  const { page } = session;
  await page.evaluate((title) => {
    window.wp.data.dispatch('core/editor').editPost({ title, status: 'publish' });
    window.wp.data.dispatch('core/editor').savePost();
  }, title);
  await page.waitForFunction(() => {
    const s = window.wp.data.select('core/editor');
    return !s.isSavingPost() && s.getCurrentPost().status === 'publish';
  }, { timeout: 30000 });
  return page.evaluate(() => window.wp.data.select('core/editor').getCurrentPost());
}

/** Opens a saved post in the block editor again: are its blocks valid (saved markup unchanged by the filter)? */
export async function reopen(session, id) {
  const { page } = session;
  await page.goto(`${session.base}/wp-admin/post.php?post=${id}&action=edit`);
  await page.waitForFunction(() => window.wp?.data?.select('core/block-editor')?.getBlocks().length > 0, { timeout: 60000 });
  return page.evaluate(() => window.wp.data.select('core/block-editor').getBlocks()
    .map((b) => ({ name: b.name, isValid: b.isValid, attributes: b.attributes })));
}

/**
 * Opens a published page as a reader (logged out) and waits for the element's
 * civic-load; returns what the page loaded.
 */
export async function read(browser, url, tag, width = 1280) {
  const ctx = await browser.createBrowserContext();
  const page = await ctx.newPage();
  await page.setViewport({ width, height: 900 });
  await page.evaluateOnNewDocument(() => {
    window.civicLoads = [];
    document.addEventListener('civic-load', (e) => window.civicLoads.push(e.target.localName));
  });
  await page.goto(url, { waitUntil: 'load' });
  if (tag) await page.waitForFunction((t) => window.civicLoads.includes(t), { timeout: 30000 }, tag);
  const facts = await page.evaluate(() => ({
    bundles: [...document.querySelectorAll('script[src*="civic-widgets.js"]')].map((s) => s.type),
    scriptsInContent: document.querySelectorAll('.wp-block-post-content script, .entry-content script').length,
    loads: window.civicLoads,
  }));
  return { ctx, page, ...facts };
}
