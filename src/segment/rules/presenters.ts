import type { Rule } from '../../model/rule.js';

/** "(KH+VC)", "(JG)", "(FLG)", "(SJ, US)" at the end: initials or a group's short name, no lower case */
const PRESENTERS = /\(\s*(\p{Lu}[\p{Lu}\d]{0,4}(?:\s*(?:[+,/&]|och)\s*\p{Lu}[\p{Lu}\d]{0,4})*)\s*\)\s*$/u;

export const presenters: Rule<void, { presenters: string[]; rest: string }, [string[], string][]> = {
  name: 'presenters in parentheses ((KH+VC))',
  about: 'initials in parentheses at the end of a heading name who presents the item; they are not part of its title',
  find(title) {
    const p = PRESENTERS.exec(title);
    if (!p || p.index === 0) return [];
    return [{ presenters: p[1]!.split(/\s*(?:[+,/&]|\boch\b)\s*/u).filter(Boolean), rest: title.slice(0, p.index).trim() }];
  },
  examples: [
    { text: 'Innovationsråd (MB)', expected: [[['MB'], 'Innovationsråd']] },
    { text: 'Signs of safety (KH+VC)', expected: [[['KH', 'VC'], 'Signs of safety']] },
    { text: 'Lokalfrågan (SJ och US)', expected: [[['SJ', 'US'], 'Lokalfrågan']] },
    { text: 'Budget (preliminär)', expected: [] },
  ],
};
