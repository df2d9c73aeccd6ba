import { describe, expect, it } from 'vitest';
import { matchTopics, scoreTopics } from '@/lib/topics';
import { compileTerms, findTerms } from '@/lib/topics/terms';

const names = (paper: Parameters<typeof matchTopics>[0], user: Parameters<typeof matchTopics>[1] = []) =>
  matchTopics(paper, user).map((topic) => topic.name);
const terms = (text: string, list: string[], honourCase = true) =>
  [...findTerms(text, compileTerms(list, honourCase)).values()].map((hit) => hit.text);

describe('term matching', () => {
  it('matches whole words only: no RL in URL, no LLM in MLLM', () => {
    expect(terms('See the URL and the CURL tool', ['RL'])).toEqual([]);
    expect(terms('MLLMs and SLLM are not it', ['LLM'])).toEqual([]);
    expect(terms('An LLM-based agent', ['LLM'])).toEqual(['LLM']);
    expect(terms('we use RL, not RLHF', ['RL'])).toEqual(['RL']);
  });

  it('reads the word edge before a term by code point, and finds a term right after a rejected start', () => {
    expect(terms('\u{1D400}LLM and \u{1D7CE}LLM', ['LLM'])).toEqual([]); // a bold letter, a bold digit
    expect(terms('\u{1F600}LLM', ['LLM'])).toEqual(['LLM']); // an emoji is not a letter
    expect(terms('éLLM, then LLM', ['LLM'])).toEqual(['LLM']);
    expect(terms('xRL RL', ['RL'])).toEqual(['RL']);
  });

  it('takes plurals, -ies, hyphenation and spacing', () => {
    expect(terms('Large Language Models', ['large language model'])).toEqual(['Large Language Models']);
    expect(terms('LLMs everywhere', ['LLM'])).toEqual(['LLMs']);
    expect(terms('two policies', ['policy'])).toEqual(['policies']);
    for (const text of ['multi-modal', 'multimodal', 'Multi Modal'])
      expect(terms(text, ['multi-modal'])).toEqual([text]);
    expect(terms('fine tuning and finetuning', ['fine-tuning'])).toEqual(['fine tuning']);
  });

  it('keeps capitalised built-in terms to their case, so GaN is not a GAN', () => {
    expect(terms('GaN transistors', ['GAN'])).toEqual([]);
    expect(terms('a GAN', ['GAN'])).toEqual(['GAN']);
    expect(terms('GaN transistors', ['GAN'], false)).toEqual(['GaN']);
  });

  it('reads a trailing * as a prefix', () => {
    expect(terms('robotic arms and robots', ['robot*'])).toEqual(['robotic']);
  });

  it('counts occurrences per term', () => {
    const hits = findTerms('attention, attention and Attention', compileTerms(['attention'], true));
    expect(hits.get(0)).toEqual({ text: 'attention', count: 3, at: 0 });
  });
});

describe('matchTopics', () => {
  it('says why: each chip carries the matched terms, strongest topic first', () => {
    const topics = matchTopics({
      title: 'VOLO: Vision Outlooker for Visual Recognition',
      abstract:
        'Visual recognition has been dominated by convolutional neural networks (CNNs). ViTs reach 87% on ImageNet.',
      subjects: [],
    });
    expect(topics[0]).toEqual({
      name: 'Vision',
      terms: ['Visual Recognition', 'convolutional neural networks', 'CNNs', 'ViTs', 'ImageNet'],
    });
  });

  it('ranks title terms above passing mentions and needs two abstract mentions for a built-in topic', () => {
    const paper = {
      title: 'Bag of Tricks for Inference-time Computation of LLM Reasoning',
      abstract: 'We study reasoning. A single mention of a graph.',
      subjects: [],
    };
    expect(names(paper).slice(0, 2)).toEqual(['Reasoning', 'LLMs']);
    expect(names(paper)).not.toContain('Graphs');
  });

  it('does not take physics for machine learning', () => {
    const materials = {
      title: 'Three-dimensional atom-by-atom measurement of interface diffusion dynamics',
      abstract: 'Hydrogen diffusion in GaN under compression; our code is available. Acoustic phonons.',
      subjects: [{ code: 'cond-mat.mtrl-sci', name: 'Materials Science' }],
    };
    expect(names(materials)).toEqual(['Materials Science']);
  });

  it('turns the primary arXiv subject into a readable chip, or into the topic that claims it', () => {
    expect(matchTopics({ title: 'A note', subjects: [{ code: 'astro-ph.GA' }] })).toEqual([
      { name: 'Galaxies', terms: ['astro-ph.GA'] },
    ]);
    expect(matchTopics({ title: 'A note', subjects: [{ code: 'cs.CV', name: 'Computer Vision' }] })).toEqual([
      { name: 'Vision', terms: ['cs.CV'] },
    ]);
    // An unknown code keeps the page's name.
    expect(names({ title: 'A note', subjects: [{ code: 'xx.YY', name: 'Something New' }] })).toEqual(['Something New']);
  });

  it('shows the generic cs.LG chip only when nothing else applies', () => {
    const subjects = [{ code: 'cs.LG', name: 'Machine Learning' }];
    expect(names({ title: 'On a thing', subjects })).toEqual(['Machine Learning']);
    expect(names({ title: 'Diffusion Models for Robot Manipulation', subjects })).not.toContain('Machine Learning');
  });

  it('applies user topics case-insensitively, with one match, and lets them replace a built-in topic', () => {
    const user = [
      { name: 'My MoE', keywords: ['mixture of experts', 'router*'] },
      { name: 'Vision', keywords: ['outlooker'] },
    ];
    const paper = {
      title: 'VOLO: Vision Outlooker for Visual Recognition',
      abstract: 'Routers everywhere.',
      subjects: [],
    };
    const topics = matchTopics(paper, user);
    expect(topics.find((t) => t.name === 'Vision')).toEqual({ name: 'Vision', terms: ['Outlooker'] });
    expect(topics.find((t) => t.name === 'My MoE')).toEqual({ name: 'My MoE', terms: ['Routers'] });
  });

  it('scores: title 3 a term, abstract 1 a mention (at most 3), primary subject 2', () => {
    const [topic] = scoreTopics({
      title: 'Speech models',
      abstract: 'speech speech speech speech',
      subjects: [{ code: 'eess.AS' }],
    });
    expect(topic).toMatchObject({ name: 'Speech & audio', score: 3 + 3 + 2, source: 'builtin' });
  });
});

describe('remembered built-in scores', () => {
  const paper = {
    id: '2611.00001',
    title: 'Reward models for reinforcement learning from human feedback',
    abstract: 'We train a reward model and optimise a policy with PPO.',
    subjects: [{ code: 'cs.LG' }],
  };

  it('give what matching from scratch gives, with or without the reader’s topics', () => {
    const user = [{ name: 'Mine', keywords: ['reward model'] }];
    const fresh = (input: typeof paper, topics: typeof user = []) => matchTopics({ ...input, id: undefined }, topics);
    expect(matchTopics(paper)).toEqual(fresh(paper));
    expect(matchTopics(paper)).toEqual(fresh(paper)); // a second time, remembered
    expect(matchTopics(paper, user)).toEqual(fresh(paper, user));
  });

  it('stay right past the bound, as the oldest are forgotten and papers met again move to the back', () => {
    const titles = ['Reward models for RLHF', 'Diffusion models for video', 'Graph neural networks'];
    const at = (i: number) => ({ ...paper, id: `2611.${String(i).padStart(5, '0')}`, title: titles[i % 3] as string });
    for (let i = 0; i < 12_000; i++) {
      const met = i % 7 === 0 ? at(Math.floor(i / 2)) : at(i); // every seventh, one met earlier
      expect(matchTopics(met)).toEqual(matchTopics({ ...met, id: undefined }));
    }
  });

  it('are forgotten when the paper’s title, abstract or subjects change', () => {
    expect(names(paper)).toContain('Reinforcement learning');
    const retitled = { ...paper, title: 'Protein structure prediction', abstract: undefined };
    expect(names(retitled)).not.toContain('Reinforcement learning');
    const moved = { ...retitled, subjects: [{ code: 'cs.RO' }] };
    expect(names(moved)).toContain('Robotics & agents');
  });
});
