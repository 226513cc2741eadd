// "Who is the head of NATO?" asks for whoever holds the body's top office, named beside it ("Jens Stoltenberg, NATO
// Secretary-General"), not for a sentence that says "head" of another body.
import { expect, it } from 'vitest';
import { engineOver } from '../support/engine-over.js';

const engine = engineOver({
  'nato.txt': ` date 2020-01-09
NATO WEIGHS LARGER IRAQ MISSION
BRUSSELS (Reuters) - NATO is considering an increase to its training mission in Iraq, diplomats said on Thursday.

The mission trains Iraqi officers and has been suspended since the strike that killed a top Iranian commander. Its chief trainer, a Canadian general, declined to comment.

Meanwhile, Jens Stoltenberg, NATO Secretary-General, told reporters he would not speculate on the next steps.`,
  'quds.txt': ` date 2020-01-03
GENERAL KILLED IN DRONE STRIKE
The attack on Qassem Soleimani came from a drone. He was head of the Quds Force, which has been blamed for many attacks.`,
});

it.each(['Who is the head of NATO?', 'Who heads NATO?', 'who is the NATO chief?'])('%s → Stoltenberg', (q) => {
  const r = engine().ask(q);
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.sentences[0]?.text).toContain('Jens Stoltenberg, NATO Secretary-General');
});

it('a head of another body is still found by its own name', () => {
  const r = engine().ask('Who was the head of the Quds Force?');
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.answer).toContain('Soleimani');
});

// The archive speaks of many heads: of a body's department, its deputy, a former holder, another body of a like name.
// The question asks for the body's own top office, written beside its whole name.
const archive = engineOver({
  'thomas.txt': ` date 1987-03-02
GERMAN INVESTORS MISSED BOND GAINS
FRANKFURT (Reuters) - Karl Thomas, head of the Bundesbank's credit department, said domestic investors had missed earnings opportunities by failing to invest in German bonds.`,
  'poehl.txt': ` date 1987-03-20
KOHL TO KEEP POEHL AT BUNDESBANK
BONN (Reuters) - Chancellor Helmut Kohl has decided to keep Bundesbank President Karl Otto Poehl in office for a further eight years, a news magazine said.

Bond dealers said the decision would calm the market.`,
  'conable.txt': ` date 1987-04-08
CONABLE URGES JAPAN TO INVEST
TOKYO (Reuters) - World Bank President Barber Conable, who runs the bank, called on Japan to boost investment in developing nations.`,
  'mieno.txt': ` date 1987-03-24
BANK OF JAPAN SEES NO NEW STEPS
TOKYO (Reuters) - The Bank of Japan's deputy governor Yasushi Mieno told a parliamentary committee that the central bank has no new measures planned.`,
  'sumita.txt': ` date 1987-03-25
SUMITA SAYS BANK WILL INTERVENE
TOKYO (Reuters) - Bank of Japan Governor Satoshi Sumita told a press conference that the central bank would intervene in the currency market if necessary.`,
  'haig.txt': ` date 1987-03-24
HAIG TO SEEK NOMINATION
WASHINGTON (Reuters) - Alexander Haig, a former general and NATO chief, said he will announce his bid for the Republican presidential nomination.`,
  'carrington.txt': ` date 1987-03-28
NATO OFFERS TO MEDIATE
ATHENS (Reuters) - NATO Secretary-General Lord Carrington offered himself as a mediator in the dispute between Greece and Turkey.`,
});

it.each([
  ['Who heads the Bundesbank?', 'Karl Otto Poehl'],
  ['Who runs the Bank of Japan?', 'Satoshi Sumita'],
  ['Who is the NATO chief?', 'Lord Carrington'],
])('%s → the holder of its top office (%s)', (q, who) => {
  const r = archive().ask(q);
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.sentences[0]?.text).toContain(who);
});

// "Who is the chairman of Texaco?" asks for the role at that body: another company's chairman, in a sentence that names
// Texaco more often, is someone else.
const chairmen = engineOver({
  'liedtke.txt': ` date 1987-04-14
PENNZOIL SAYS TEXACO MUST PAY MORE
HOUSTON (Reuters) - Texaco must pay more, Pennzoil Co chairman J. Hugh Liedtke said, and Texaco should raise its offer.`,
  'decrane.txt': ` date 1987-10-20
TEXACO EXPECTS COURT TO HEAR CASE
WHITE PLAINS, N.Y. (Reuters) - Texaco Inc chairman Alfred DeCrane said the company anticipates that the Texas State Supreme Court will agree to hear its legal battle with Pennzoil over the ownership of Getty Oil, and that the market drop would not affect the timing of any talks.`,
});

it.each(['Who is the chairman of Texaco?', "Who is Texaco's chairman?"])('%s → Alfred DeCrane', (q) => {
  const r = chairmen().ask(q);
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.sentences[0]?.text).toContain('Alfred DeCrane');
});

// "Who runs the Bank of Japan?": its governor's passage may stand behind many that say "run" and the bank's name, and
// "Export-Import Bank of Japan president" heads another bank, whose name holds the one asked.
const manyRuns = Object.fromEntries(
  Array.from({ length: 10 }, (_, i) => [
    `run${i}.txt`,
    ` date 1987-04-${String(i + 1).padStart(2, '0')}
BANK OF JAPAN SEEN HOLDING RATES ${i}
TOKYO (Reuters) - In the longer run, the Bank of Japan is counting on a gradual upturn to run down excess liquidity, dealers said, and the Bank of Japan may run its money market operations as before (${i}).`,
  ]),
);
const japan = engineOver({
  ...manyRuns,
  'tanaka.txt': ` date 1987-05-02
EXIM BANK TO KEEP HELPING BRAZIL
BRASILIA (Reuters) - Export-Import Bank of Japan president Takashi Tanaka said his bank would run as before.`,
  'sumita.txt': ` date 1987-05-03
SUMITA RULES OUT RATE CUT
TOKYO (Reuters) - Bank of Japan Governor Satoshi Sumita, speaking to reporters after a meeting with regional bank executives in Osaka on Thursday afternoon, has ruled out another cut in the official discount rate for now.`,
});

it('Who runs the Bank of Japan? → its governor, found behind many passages and not inside a longer name', () => {
  const r = japan().ask('Who runs the Bank of Japan?');
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.sentences[0]?.text).toContain('Satoshi Sumita');
});

/**
 * Forty passages that say "head" beside the bank's name and one that names its governor, among two hundred about other
 * things (twenty of them name a state governor): "head" beside the body is commoner than the title, as in an archive.
 */
const crowded = engineOver({
  ...Object.fromEntries(
    Array.from({ length: 200 }, (_, i) => {
      const who = i < 20 ? `State governor Ted Smith${i}` : 'Traders';
      return [
        `other-${i}.txt`,
        ` date 1987-05-${String((i % 28) + 1).padStart(2, '0')}\nGRAIN REPORT ${i}\n${who} said wheat shipments rose.`,
      ];
    }),
  ),
  ...Object.fromEntries(
    Array.from({ length: 40 }, (_, i) => [
      `dept-${i}.txt`,
      ` date 1987-03-${String((i % 28) + 1).padStart(2, '0')}\nLENDING NEWS ${i}\nKarl Weber${i}, head of the Bank of Ruritania's credit department, said lending rose.`,
    ]),
  ),
  'governor.txt': ` date 1987-04-01
DISCOUNT RATE HELD
Bank of Ruritania Governor Anna Novak said the bank would hold its discount rate.`,
});

it('finds the holder of the top office among many passages that say "head" beside the body', () => {
  const r = crowded().ask('Who heads the Bank of Ruritania?');
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.sentences[0]?.text).toContain('Anna Novak');
});

// "Kataib Hezbollah is run by Abu Mahdi al-Muhandis" says who leads it, though it says no "leader": the question's
// best sentence, not a stand-in of its article that holds another body's office ("Israel's Chief of Staff").
const militia = engineOver({
  'militias.txt': ` date 2019-12-30
MILITIAS IN IRAQ
BAGHDAD (Reuters) - Last week Israel's Chief of Staff said Israel opposed Iranian entrenchment in Iraq.

Kataib Hezbollah is run by Abu Mahdi al-Muhandis, deputy of the PMU. Kataib Hezbollah also had a base near Albukamal in Syria.`,
});

it.each(['Who is the leader of Kataib Hezbollah?', 'Who leads Kataib Hezbollah?'])(
  '%s → the sentence that says who runs it',
  (q) => {
    const r = militia().ask(q);
    expect(r.kind).toBe('answer');
    if (r.kind === 'answer') expect(r.sentences[0]?.text).toContain('run by Abu Mahdi al-Muhandis');
  },
);

// After "head of the", the body's own name ("the Islamic Revolutionary Guard Corps-Quds Force (IRGC)") names no one
// who heads it: a sentence that says so is no holder named, to go before the one that tells who was head.
const quds = engineOver({
  'quds.txt': ` date 2020-01-03
GENERAL KILLED IN DRONE STRIKE
The attack on Qassem Soleimani came from a drone. He was head of the Quds Force, which has been blamed for many attacks.

"They will suffer the consequences," Trump told reporters when asked about the killing of General Qassem Soleimani, head of the Islamic Revolutionary Guard Corps-Quds Force (IRGC), on Friday.`,
});

it('Who was the head of the Quds Force? → the sentence that says who was head, not one naming the force', () => {
  const r = quds().ask('Who was the head of the Quds Force?');
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.sentences[0]?.text).toContain('He was head');
});
