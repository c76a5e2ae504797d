import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { applyEdits, createLinter, type DocumentLanguage } from '../../rules/index.js';
import { describeRule, describeSeeds, lintWith } from './rule-cases.js';

const RULE = 'commercial-link';
const REMOVE = 'Remove the link, keep its text';
const SPONSORED = 'Mark the link as paid: rel="sponsored nofollow"';
const DISCLOSE = 'Insert a disclosure at the start of this paragraph';
const DELETE_LINK_AND_TEXT = 'Delete the link and its text';
const DELETE_LINK = 'Delete the link';
const DISCLOSURE = 'Disclosure: we may earn a commission when you buy through links on this page.';

describe('rule: commercial-link', () => {
  describeRule(RULE, {
    valid: [
      { language: 'markdown', text: 'See the [NIH fact sheet](https://ods.od.nih.gov/factsheets/Magnesium-HealthProfessional/).\n' },
      { language: 'markdown', name: 'ordinary prose about buying', text: 'People who buy high quality kratom should check purity.\n' },
      { language: 'markdown', text: "If you buy kratom online, check the vendor's lab results.\n" },
      { language: 'markdown', name: 'imperative advice without sales words', text: 'Buy only from vendors who publish lab results.\n' },
      { language: 'markdown', name: '"deal with" is not a deal', text: 'Learn how to [deal with side effects](https://example.org/side-effects).\n' },
      { language: 'markdown', name: 'ref-like words in a path are not parameters', text: 'Read the [reference guide](https://example.org/reference/tag/health).\n' },
      { language: 'html', name: 'tag= off Amazon without an Associates ID', text: '<p>The <a href="https://example.com/?tag=health">health tag</a> page.</p>' },
      { language: 'markdown', name: 'disclosed in the same paragraph', text: 'We may earn a commission from this link: [buy here](https://amzn.to/x).\n' },
      { language: 'html', name: 'HTML link already marked sponsored', text: '<p><a href="https://amzn.to/x" rel="nofollow sponsored">scale</a></p>' },
      { language: 'plaintext', text: 'Visit https://www.nih.gov for more. Contact us at mailto:info@example.org today.' },
      { language: 'markdown', name: 'a quoted advertisement is context', text: '> Buy now, the advert said, and many did.\n' },
      { language: 'markdown', name: 'code is skipped', text: 'The button label is `buy now` in the template.\n' },
      { language: 'plaintext', name: 'a verb after a subject is grammatical', text: 'Many readers order premium kratom from abroad, which is risky.' },
      { language: 'markdown', name: 'price comparison advice is not a call to action', text: 'Compare pharmacies to find the best price for your prescription.\n' },
      { language: 'markdown', name: 'billing codes are not coupon codes', text: 'Clinicians use code E11.9 for type 2 diabetes without complications.\n' },
      { language: 'markdown', name: 'suppressed by a directive', text: '<!-- health-lint-disable-next-line commercial-link -->\nGet it [here](https://amzn.to/x).\n' },
    ],
    invalid: [
      {
        language: 'markdown',
        name: 'Amazon Associates tag',
        text: 'I use [this scale](https://www.amazon.com/dp/B01?tag=kratomblog-20) daily.\n',
        errors: [{ text: '[this scale](https://www.amazon.com/dp/B01?tag=kratomblog-20)', message: 'affiliate parameter `tag=`', fixes: [REMOVE], suggestions: [DISCLOSE, DELETE_LINK_AND_TEXT] }],
        output: 'I use this scale daily.\n',
      },
      {
        language: 'markdown',
        name: 'reference link with a tracking parameter',
        text: 'Read the [guide][g].\n\n[g]: https://example.com/guide?utm_source=newsletter&utm_medium=email\n',
        errors: [{ text: '[guide][g]', message: 'tracking parameter `utm_source=`' }],
        output: 'Read the guide.\n\n[g]: https://example.com/guide?utm_source=newsletter&utm_medium=email\n',
      },
      {
        language: 'markdown',
        name: 'autolink through a shortener: no safe fix',
        text: 'Details: <https://bit.ly/3abcDEF> and more.\n',
        errors: [{ text: '<https://bit.ly/3abcDEF>', message: 'link shortener `bit.ly`', fixes: [], suggestions: [DISCLOSE, DELETE_LINK] }],
      },
      {
        language: 'markdown',
        name: 'bare URL of an affiliate network',
        text: 'Order here https://shareasale.com/r.cfm?b=1&u=2 please.\n',
        errors: [{ text: 'https://shareasale.com/r.cfm?b=1&u=2', message: 'affiliate network link `shareasale.com`', fixes: [] }],
      },
      {
        language: 'markdown',
        name: 'promotional anchor text: its text is not kept',
        text: 'Kratom is sold widely. [Buy now](https://shop.example.com/kratom)\n',
        errors: [{ text: '[Buy now](https://shop.example.com/kratom)', message: "promotional anchor text 'Buy now'", fixes: [], suggestions: [DISCLOSE, DELETE_LINK_AND_TEXT] }],
      },
      {
        language: 'html',
        name: 'HTML: rel merged into the existing attribute',
        text: '<p>Read <a href="https://hop.clickbank.net/?affiliate=x" rel="noopener" class="c">this guide</a> first.</p>',
        errors: [{ text: '<a href="https://hop.clickbank.net/?affiliate=x" rel="noopener" class="c">this guide</a>', message: 'affiliate network link `hop.clickbank.net`', fixes: [SPONSORED, REMOVE] }],
        output: '<p>Read <a href="https://hop.clickbank.net/?affiliate=x" rel="noopener sponsored nofollow" class="c">this guide</a> first.</p>',
      },
      {
        language: 'html',
        name: 'HTML: rel added when there is none; disclosure escaped',
        text: '<p>Try <a href=https://kratom.example/go/vendor>this vendor</a>.</p>',
        config: { disclosureText: 'We earn a commission & more.' },
        errors: [{ text: '<a href=https://kratom.example/go/vendor>this vendor</a>', message: 'affiliate redirect path `/go/`' }],
        output: '<p>Try <a href=https://kratom.example/go/vendor rel="sponsored nofollow">this vendor</a>.</p>',
      },
      {
        language: 'markdown',
        name: 'inline HTML link in Markdown',
        text: 'Try <a href="https://amzn.to/3xyz">this one</a> today.\n',
        errors: [{ text: '<a href="https://amzn.to/3xyz">this one</a>', message: 'amzn.to', fixes: [SPONSORED, REMOVE] }],
        output: 'Try <a href="https://amzn.to/3xyz" rel="sponsored nofollow">this one</a> today.\n',
      },
      {
        language: 'plaintext',
        name: 'bare URL with a referral parameter in plain text',
        text: 'Kratom powder is sold at https://www.kratomshop.example/?ref=blog by many vendors.',
        errors: [{ text: 'https://www.kratomshop.example/?ref=blog', message: 'affiliate parameter `ref=`', fixes: [], suggestions: [DISCLOSE, DELETE_LINK] }],
      },
      {
        language: 'plaintext',
        name: 'stripped anchor with a possessive after it',
        text: 'Mitragynine may contribute to buy high quality kratom\u2018s stronger effects.',
        errors: [{ text: 'buy high quality kratom', message: 'does not fit the sentence', suggestions: ["Replace 'buy high quality kratom' with 'kratom'", 'Delete the sentence with the call to action'] }],
      },
      {
        language: 'markdown',
        name: 'stripped anchor after a preposition',
        text: 'The effects of buy cheap kratom capsules vary by strain.\n',
        errors: [{ text: 'buy cheap kratom capsules', message: 'does not fit the sentence' }],
      },
      {
        language: 'markdown',
        name: 'stripped anchor in Title Case mid-sentence',
        text: 'Many readers Buy Premium Kratom Capsules for pain.\n',
        errors: [{ text: 'Buy Premium Kratom Capsules' }],
      },
      {
        language: 'markdown',
        name: 'imperative call to action opening a sentence',
        text: 'Kratom is popular. Buy premium kratom capsules online today!\n',
        errors: [{ text: 'Buy premium kratom capsules', message: 'in running text', suggestions: ['Delete the sentence with the call to action'] }],
      },
      {
        language: 'html',
        name: 'sales idioms in HTML text',
        text: '<p>Order now and save. Use code HEAL10 at checkout.</p>',
        errors: [
          { text: 'Order now', message: "'Order now'" },
          { text: 'Use code HEAL10 at checkout', message: "'Use code HEAL10 at checkout'" },
        ],
      },
      {
        language: 'markdown',
        name: 'user affiliate domain (subdomain matches)',
        text: 'See [the product](https://www.partner.example/p/1).\n',
        config: { lexicon: { affiliateDomains: ['https://partner.example/'] } },
        errors: [{ text: '[the product](https://www.partner.example/p/1)', message: 'affiliate domain `partner.example`' }],
      },
      {
        language: 'plaintext',
        name: 'user promotional phrase in running text',
        text: 'Grab yours while stocks last.',
        config: { lexicon: { promotionalPhrases: ['grab yours'] } },
        errors: [{ text: 'Grab yours' }],
      },
      {
        language: 'markdown',
        name: 'a link that opens a list item: disclosure goes before the link, not inside it',
        text: '- [Our pick](https://amzn.to/abc) is the lightest.\n',
        errors: [{ text: '[Our pick](https://amzn.to/abc)', suggestions: [DISCLOSE, DELETE_LINK_AND_TEXT] }],
      },
    ],
  });

  describeSeeds(RULE);

  describe('configurations', () => {
    // Detectors are compiled once per configuration and reused: linters made in turn with
    // different configurations must each keep their own phrases and domains.
    it('linters made again and again, with and without extra phrases and domains, each flag by their own configuration', () => {
      const text = 'Snag a jar while they last. See [the jar](https://shop.my-partner.example/jar).\n';
      const flagged = (config: Parameters<typeof createLinter>[0]): string[] =>
        createLinter(config)
          .lint(text, 'markdown')
          .findings.filter((finding) => finding.ruleId === RULE)
          .map((finding) => text.slice(finding.start, finding.end));
      const withBoth = { lexicon: { promotionalPhrases: ['snag a jar'], affiliateDomains: ['my-partner.example'] } };
      const withPhrase = { lexicon: { promotionalPhrases: ['snag a jar'] } };
      for (let round = 0; round < 2; round++) {
        assert.deepEqual(flagged({}), []);
        assert.deepEqual(flagged(withBoth), ['Snag a jar', '[the jar](https://shop.my-partner.example/jar)']);
        assert.deepEqual(flagged(withPhrase), ['Snag a jar']);
        assert.deepEqual(flagged({ ...withBoth, disclosureText: 'We earn from links.' }), ['Snag a jar', '[the jar](https://shop.my-partner.example/jar)']);
      }
    });
  });

  describe('calls to action in running text versus ordinary prose', () => {
    const calls: [string, string][] = [
      ['Order now and get 20% off.', 'Order now'],
      ['Buy the best kratom capsules today.', 'Buy the best kratom capsules'],
      ['Click here to buy premium kratom.', 'Click here to buy'],
      ['Many users report relief due to buy cheap kratom powder.', 'buy cheap kratom powder'],
      ['The benefits of Buy Premium Kratom Online are many.', 'Buy Premium Kratom'],
      ['Shop premium kratom strains at our store.', 'Shop premium kratom strains'],
      ['So buy high-quality kratom from us.', 'buy high-quality kratom'],
      ['Buy now, or buy premium kratom capsules later, at the shop.', 'Buy now'],
    ];
    const prose = [
      'If you buy kratom online, check the lab results.',
      'Consumers often order cheap kratom from overseas vendors.',
      'Where to buy the best kratom is a common question.',
      'It is legal to buy kratom in most states.',
      'Buying cheap kratom is risky.',
      'The best way to buy quality kratom is to check lab results.',
      'They decided to buy premium kratom.',
      'Patients should not buy the cheapest pills online.',
      'Shop around for the best price on prescriptions.',
      'Doctors order the best tests available.',
      'You can buy cheap generic versions at most pharmacies.',
      'Order of magnitude estimates vary.',
      'In order to get the best results, sleep well.',
      'Many people that buy premium kratom never test it.',
      'It is wiser to test rather than buy cheap kratom blindly.',
    ];
    for (const [sentence, phrase] of calls) {
      it(`call to action: ${sentence}`, () => {
        assert.deepEqual(lintWith(RULE, sentence, 'plaintext').map((finding) => sentence.slice(finding.start, finding.end)), [phrase]);
      });
    }
    for (const sentence of prose) {
      it(`ordinary prose: ${sentence}`, () => assert.deepEqual(lintWith(RULE, sentence, 'plaintext'), []));
    }
  });

  describe('sales imperatives: a verb of buying opening a clause, with a commercial signal', () => {
    // [language, document, the text the finding covers]
    const flagged: [DocumentLanguage, string, string][] = [
      ['plaintext', 'Grab a bottle of our elderberry syrup at 40% off today.', 'Grab a bottle of our elderberry syrup at 40% off today'],
      ['markdown', 'Stock up on our vitamin D gummies while stocks last.\n', 'Stock up on our vitamin D gummies while stocks last'],
      ['markdown', '- Order the starter bundle for $49 and sleep better.\n', 'Order the starter bundle for $49'],
      ['markdown', '## Buy our magnesium spray today\n', 'Buy our magnesium spray today'],
      ['html', '<p>Pick up a tin of Calmora gummies today.</p>', 'Pick up a tin of Calmora gummies today'],
      ['plaintext', 'If your joints ache, try our turmeric capsules.', 'try our turmeric capsules'],
      ['markdown', 'Get 25% off every tincture this month.\n', 'Get 25% off'],
      ['html', '<ul><li>Snag a jar on Amazon before they sell out.</li></ul>', 'Snag a jar on Amazon before they sell out'],
      ['plaintext', 'Claim your free sample of the sleep blend.', 'Claim your free sample of the sleep blend'],
      ['markdown', 'So order a three-month supply for £24.99 and save.\n', 'order a three-month supply for £24.99'],
      ['markdown', 'Feeling run down? Treat yourself to our immunity bundle.\n', 'Treat yourself to our immunity bundle'],
      ['plaintext', 'Subscribe to our collagen powder and save 15% on every delivery.', 'Subscribe to our collagen powder and save 15%'],
      ['html', '<h2>Shop our sleep range on Etsy</h2>', 'Shop our sleep range on Etsy'],
      ['markdown', 'Your gut will thank you; grab yours from our online store.\n', 'grab yours from our online store'],
      ['plaintext', 'Buy two packs of Restwell drops, get one free, limited time only.', 'Buy two packs of Restwell drops, get one free, limited time'],
      ['markdown', 'Then **order Sleepwell gummies** at half price.\n', 'order Sleepwell gummies** at half price'],
      ['plaintext', 'Don\u2019t wait: order our elderberry tincture now.', 'order our elderberry tincture now'],
      ['markdown', 'Grab [a bottle of our syrup](https://example.org/syrup) at 40% off today.\n', 'Grab [a bottle of our syrup](https://example.org/syrup) at 40% off today'],
    ];
    // A writer's instructions, and sales words that are not a command of the writer's own.
    const notFlagged: [DocumentLanguage, string][] = [
      ['plaintext', 'Buy a thermometer.'],
      ['plaintext', 'Order a test from your GP.'],
      ['plaintext', 'Get a second opinion.'],
      ['markdown', 'Shop for fresh vegetables at the market.\n'],
      ['plaintext', 'Buy a pack of nicotine patches today.'],
      ['markdown', '- Get a COVID test kit today.\n'],
      ['plaintext', "Don't buy cheap supplements on Amazon."],
      ['plaintext', 'Where can I buy our elderberry syrup?'],
      ['html', '<p>People buy our gummies on Amazon.</p>'],
      ['markdown', '> Order our detox tea for $19 today, the advert said.\n'],
      ['plaintext', 'The leaflet said "buy our syrup on Amazon" and nothing more.'],
      ['plaintext', 'Buy a thermometer for about $10 at any pharmacy.'],
      ['plaintext', 'Buy a digital thermometer, which costs $12 in most pharmacies.'],
      ['html', '<p>Get a free flu jab at your local pharmacy.</p>'],
      ['markdown', 'Try our breathing exercise below.\n'],
      ['markdown', '- Pick up a tub of Greek yoghurt.\n'],
      ['markdown', '# Order of Operations at the Clinic\n'],
      ['plaintext', 'Stock up on tissues before flu season.'],
      ['plaintext', 'Try losing 10 pounds before surgery.'],
      ['html', '<p>Grab a bottle of water before your run.</p>'],
      ['plaintext', 'Save money by choosing generic ibuprofen.'],
      ['plaintext', 'Order repeat prescriptions online or from your pharmacy.'],
      ['plaintext', 'Get help now if you have chest pain.'],
      ['markdown', '## Where to buy elderberry syrup\n'],
      ['html', '<p>Ask your pharmacist before you buy our sleep gummies.</p>'],
    ];
    for (const [language, text, covered] of flagged) {
      it(`${language}, flagged: ${text.trim()}`, () => {
        assert.deepEqual(lintWith(RULE, text, language).map((finding) => text.slice(finding.start, finding.end)), [covered]);
      });
    }
    for (const [language, text] of notFlagged) {
      it(`${language}, not flagged: ${text.trim()}`, () => assert.deepEqual(lintWith(RULE, text, language), []));
    }

    it('names what makes it commercial, offers only the deletion of the sentence, and leaves the rest of the paragraph', () => {
      const text = 'Elderberry is a traditional remedy. Grab a bottle of our elderberry syrup at 40% off today. Rest and fluids matter most.\n';
      const [finding] = lintWith(RULE, text, 'markdown');
      assert.match(finding.message, /the seller's product 'our elderberry syrup' and a discount '40% off'/);
      assert.deepEqual(finding.fixes, []);
      assert.deepEqual(finding.suggestions.map((fix) => fix.title), ['Delete the sentence with the call to action']);
      assert.equal(applyEdits(text, finding.suggestions[0].edits), 'Elderberry is a traditional remedy. Rest and fluids matter most.\n');
    });

    it('three weak signals together are named when no strong one is there', () => {
      const [finding] = lintWith(RULE, 'Pick up a tin of Calmora gummies today.', 'plaintext');
      assert.match(finding.message, /a product form 'tin', a brand 'Calmora' and 'today'/);
    });

    it('a disclosure does not clear a call to action: the sentence still sells', () => {
      const text = 'We may earn a commission. Order the starter bundle for $49.\n';
      assert.equal(lintWith(RULE, text, 'markdown').length, 1);
    });
  });

  it('inserts the disclosure before a link that opens the paragraph', () => {
    const text = '[Our pick](https://amzn.to/abc) is light.\n';
    const [finding] = lintWith(RULE, text, 'markdown');
    assert.deepEqual(finding.suggestions[0].edits, [{ start: 0, end: 0, newText: `${DISCLOSURE} ` }]);
  });

  it('reports every commercial link of a paragraph, each with its own markers', () => {
    const text = 'Compare [A](https://amzn.to/a) and [B](https://example.com/?aff=9&utm_campaign=x).\n';
    const findings = lintWith(RULE, text, 'markdown');
    assert.deepEqual(findings.map((finding) => text.slice(finding.start, finding.end)), ['[A](https://amzn.to/a)', '[B](https://example.com/?aff=9&utm_campaign=x)']);
    assert.match(findings[1].message, /affiliate parameter `aff=`, tracking parameter `utm_campaign=`/);
  });

  it('never throws on malformed targets', () => {
    const text = 'See [x](http://[bad) and [y](https://%zz) and [z](<>) and <https://a..b/?tag=x-20>.\n';
    assert.doesNotThrow(() => lintWith(RULE, text, 'markdown'));
  });

  it('on arbitrary mixes of links, tags and sales words: no rule failure, every range and edit inside the document', () => {
    const linter = createLinter({});
    const pieces = fc.constantFrom(
      '[buy now](https://amzn.to/x)', '<a href="https://e.com/?ref=1" rel="x">shop</a>', '<a href=x>', '</a>', 'https://bit.ly/a', '<https://e.com/?utm_x=1>',
      'buy high quality kratom\u2019s', 'to buy cheap pills', 'Take 2 g', 'talk to your doctor', "don't", '# ', '\n', '\n\n', '> ', '- ', '`code`', '&amp;', '<p>', '</p>',
      '<body>', '</body>', 'We may earn a commission.', ' ', '.', '[x][r]\n\n[r]: https://e.com/?aff=1', '---\ntitle: t\n---\n', '\r\n', '\u00e9', '*', '_',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 25 }), fc.constantFrom<DocumentLanguage>('markdown', 'html', 'plaintext'), (parts, language) => {
        const text = parts.join('');
        const result = linter.lint(text, language);
        assert.deepEqual(result.failures, []);
        for (const finding of result.findings) {
          if (!['commercial-link', 'missing-provider-advice', 'missing-affiliate-disclosure'].includes(finding.ruleId)) continue;
          assert.ok(finding.start >= 0 && finding.end <= text.length && finding.start <= finding.end);
          for (const fix of [...finding.fixes, ...finding.suggestions]) {
            for (const edit of fix.edits) assert.ok(edit.start >= 0 && edit.end <= text.length && edit.start <= edit.end, `${fix.title} out of range`);
            applyEdits(text, fix.edits);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
