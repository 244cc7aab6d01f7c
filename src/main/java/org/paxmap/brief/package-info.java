/**
 * Briefings: ordered slides of the picture shown to an audience. The model ({@link org.paxmap.brief.Briefing}, {@link
 * org.paxmap.brief.Slide}, {@link org.paxmap.brief.TimeWindow}), its strict JSON form, the {@link
 * org.paxmap.brief.Briefings} service over the store with undo and redo, and what an audience may see: {@link
 * org.paxmap.brief.Audience}, {@link org.paxmap.brief.AudienceFilter} (the release rules of bundle export, through
 * {@link org.paxmap.bundle.trust.PolicyTable}) and the banner {@link org.paxmap.brief.Marking}. No JavaFX: the window
 * and the renderer sit above this package.
 */
package org.paxmap.brief;
