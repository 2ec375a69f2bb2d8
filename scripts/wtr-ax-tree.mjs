/**
 * wtr plugin: the `ax-tree` command returns Chromium's own accessibility tree
 * (CDP Accessibility.getFullAXTree) of the element matched by
 * `payload.selector` (default: the body), as an array of nested { role, name, ... }
 * nodes. Ignored nodes and unnamed generic containers are skipped (their
 * children are kept), so the tree is what a screen reader is given.
 * (@web/test-runner-commands' a11ySnapshot relies on page.accessibility,
 * which Playwright removed in 1.57.)
 */
export function axTreePlugin() {
  return {
    name: 'ax-tree',
    async executeCommand({ command, payload, session }) {
      if (command !== 'ax-tree') return undefined;
      const page = session.browser.getPage(session.id);
      const cdp = await page.context().newCDPSession(page);
      try {
        const { result } = await cdp.send('Runtime.evaluate', {
          expression: `document.querySelector(${JSON.stringify(payload?.selector ?? 'body')})`,
        });
        if (!result.objectId) throw new Error(`ax-tree: no element matches ${payload?.selector}`);
        const { node } = await cdp.send('DOM.describeNode', { objectId: result.objectId });
        const { nodes } = await cdp.send('Accessibility.getFullAXTree');
        const byId = new Map(nodes.map((n) => [n.nodeId, n]));
        const root = nodes.find((n) => n.backendDOMNodeId === node.backendNodeId);
        if (!root) throw new Error(`ax-tree: ${payload?.selector} is not in the accessibility tree`);
        const props = (n) => Object.fromEntries((n.properties ?? []).map((p) => [p.name, p.value?.value]));
        const convert = (n) => {
          const children = (n.childIds ?? []).flatMap((id) => (byId.has(id) ? convert(byId.get(id)) : []));
          const role = n.role?.value ?? '';
          if (role === 'InlineTextBox') return [];
          const name = n.name?.value ?? '';
          if (n.ignored || ((role === 'generic' || role === 'none') && !name)) return children;
          const p = props(n);
          const out = { role, name };
          if (n.description?.value) out.description = n.description.value;
          if (n.value?.value !== undefined && n.value.value !== '') out.value = n.value.value;
          for (const k of ['checked', 'disabled', 'focused', 'level', 'live', 'required', 'invalid', 'expanded']) {
            if (p[k] !== undefined && p[k] !== false && p[k] !== 'false') out[k] = p[k];
          }
          if (children.length) out.children = children;
          return [out];
        };
        return convert(root);
      } finally {
        await cdp.detach();
      }
    },
  };
}
