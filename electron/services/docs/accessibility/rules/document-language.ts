// The language of the text, so a screen reader speaks it with the right voice and a PDF saved from
// Word declares it. Word keeps it in the document defaults (or the Normal style).
import type { Rule } from '../types';

export const documentLanguage: Rule = {
  id: 'document-language',
  title: 'Document language',
  check: (doc) =>
    doc.language
      ? []
      : [
          {
            rule: 'document-language',
            where: "the document's default style",
            message:
              'The document does not say what language its text is in. Set it (Review > Language > Set Proofing Language, then Set As Default), for example English (United Kingdom).',
          },
        ],
};
