// The built-in topics: what the daily digests carry. One line a topic: `Name|terms, comma-separated|arXiv
// subject codes that mean the topic`. Terms follow terms.ts (capitalised = that case only, `*` = prefix);
// a leading `^` counts the term in the title only ("benchmark" is in every other abstract).
// Terms are chosen for precision: "diffusion" alone is physics as often as generative models, "code"
// alone is mostly "our code is available", "alignment" alone is bands and spins in materials papers.

const DATA = `LLMs|large language model, language model, LLM, GPT, Llama, LLaMA, Qwen, Mistral, instruction tuning, instruction-tuned, supervised fine-tuning, SFT, in-context learning, prompting, prompt engineering, tokenizer, tokenization, perplexity, pretraining corpus, scaling law|cs.CL
Reasoning|reasoning, chain-of-thought, CoT, test-time compute, test-time scaling, inference-time computation, mathematical reasoning, math reasoning, self-consistency, step-by-step, reasoning model, long CoT|
Multimodal|multimodal, multi-modal, vision-language, VLM, MLLM, LVLM, LMM, image-text, visual question answering, VQA, CLIP, image captioning, visual instruction, visual token, audio-visual|
Vision|computer vision, image classification, object detection, semantic segmentation, instance segmentation, segmentation, vision transformer, ViT, visual recognition, image recognition, convolutional neural network, CNN, ImageNet, COCO, visual backbone, video understanding, optical flow, depth estimation, 3D reconstruction, NeRF, Gaussian splatting, pose estimation, action detection, gaze|cs.CV eess.IV
Efficiency & sparsity|efficient inference, inference efficiency, sparsity, sparse, pruning, quantization, quantized, low-bit, distillation, knowledge distillation, speculative decoding, KV cache, token pruning, token merging, model compression, KV compression, context compression, token compression, mixture of experts, mixture-of-experts, MoE, latency, throughput, FLOPs, early exit, inference acceleration, model acceleration, speedup, on-device, memory footprint, parameter-efficient, LoRA|
Attention & long context|attention, self-attention, attention mechanism, linear attention, sparse attention, FlashAttention, attention head, attention sink, long context, long-context, context length, context window, positional encoding, RoPE, state space model, Mamba, sliding window|
Reinforcement learning|reinforcement learning, RL, policy optimization, policy gradient, reward model, reward modeling, Q-learning, PPO, GRPO, DPO, RLHF, RLVR, offline RL, multi-armed bandit, bandit, Markov decision process, MDP|
Diffusion & generative|diffusion model, diffusion-based, latent diffusion, video diffusion, discrete diffusion, denoising diffusion, stable diffusion, diffusion transformer, DiT, score-based, flow matching, generative adversarial network, GAN, VAE, variational autoencoder, text-to-image, text-to-video, image generation, video generation, generative model, normalizing flow|
Speech & audio|speech, audio, speech recognition, ASR, text-to-speech, TTS, speaker, spoken, music, sound event|cs.SD eess.AS
Robotics & agents|robot*, robotic manipulation, dexterous manipulation, embodied, locomotion, navigation, autonomous driving, agent, agentic, multi-agent, tool use, tool-use, web agent, GUI agent, vision-language-action, VLA|cs.RO cs.MA
Retrieval & recommendation|retrieval, retrieval-augmented, RAG, reranking, re-ranking, reranker, dense retrieval, information retrieval, search engine, recommendation, recommender, embedding model, vector search, nearest neighbor search|cs.IR
Graphs|graph neural network, GNN, graph, graph learning, node classification, link prediction, knowledge graph, message passing, graph transformer|cs.SI
Theory|theorem, we prove, provably, convergence rate, convergence guarantee, generalization bound, sample complexity, regret bound, lower bound, upper bound, theoretical analysis, PAC, neural tangent kernel, NTK, training dynamics|stat.TH math.ST cs.CC cs.DS cs.IT math.OC
Interpretability|interpretability, interpretable, explainability, explainable, mechanistic, probing, saliency, attribution, sparse autoencoder, circuit discovery|
Safety & alignment|jailbreak, red teaming, harmful, toxicity, toxic, backdoor, unlearning, watermark, watermarking, hallucination, hallucinate, AI safety, safety alignment, preference alignment, human preferences, preference optimization, guardrail, adversarial attack, privacy, differential privacy, membership inference, misuse, illegal|cs.CR
Medical & biology|medical, clinical, patient, healthcare, radiology, pathology, whole slide image, histopathology, MRI, CT, disease, diagnosis, electronic health record, EHR, drug discovery, protein, genomic*, single-cell, biomedical|physics.med-ph q-bio.BM q-bio.GN q-bio.QM
Code|code generation, code completion, code model, code LLM, neural code, program synthesis, programming language, software engineering, SWE-bench, HumanEval, code repair, coding agent, coding assistant, compiler|cs.SE cs.PL
Data & benchmarks|^benchmark, ^dataset, data selection, data curation, synthetic data, data quality, evaluation suite, leaderboard|`;

export interface BuiltinTopic {
  name: string;
  terms: string[];
  /** arXiv subject codes that, as the paper's subject, mean this topic. */
  subjects: string[];
}

let topics: BuiltinTopic[] | null = null;

export function builtinTopics(): readonly BuiltinTopic[] {
  topics ??= DATA.split('\n').map((line) => {
    const [name = '', terms = '', subjects = ''] = line.split('|');
    return {
      name,
      terms: terms
        .split(',')
        .map((term) => term.trim())
        .filter(Boolean),
      subjects: subjects.split(' ').filter(Boolean),
    };
  });
  return topics;
}
