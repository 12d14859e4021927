/** The custom requests of protocol.ts, answered from the Knowledge a document uses. */
import { type Knowledge, briefSkeleton, dateVariables, recommendationSnippet, snippetToText } from '../engine';
import type { BriefSkeleton, RecommendationInfo } from './protocol';

/**
 * Stands in for an absent `uri`: an untitled document belongs to no workspace folder, so it
 * gets exactly the default fact base (when `policyBrief.factBases.useDefault` allows).
 */
export const NO_DOCUMENT_URI = 'untitled:policy-brief';

export function recommendationsOf(knowledge: Knowledge): RecommendationInfo[] {
  return knowledge.recommendations.map((recommendation) => {
    const snippet = recommendationSnippet(recommendation, knowledge);
    return {
      id: recommendation.id,
      title: recommendation.title,
      summary: recommendation.summary,
      citation: knowledge.cite(recommendation),
      sourceTitle: knowledge.source(recommendation.source)?.title ?? recommendation.source,
      snippet,
      text: snippetToText(snippet),
    };
  });
}

export function briefSkeletonOf(knowledge: Knowledge, now: Date): BriefSkeleton {
  const snippet = briefSkeleton(knowledge);
  return { snippet, text: snippetToText(snippet, dateVariables(now)) };
}
