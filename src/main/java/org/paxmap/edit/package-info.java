/**
 * The edit model below the window: drafts of incidents, routes and zones with field-level validation in words
 * ({@link org.paxmap.edit.IncidentDraft}, {@link org.paxmap.edit.RouteDraft}, {@link org.paxmap.edit.ZoneDraft}),
 * geometry edits (translate, move/insert/delete a vertex; {@link org.paxmap.edit.GeometryEdits}), and an {@link
 * org.paxmap.edit.EditSession} that applies each change to the picture store in one transaction and keeps the
 * session's undo/redo history, notifying {@link org.paxmap.edit.EditListener}s.
 *
 * <p>No JavaFX and no I/O except through {@link org.paxmap.store.PictureStore}. Drafts and the session are not
 * thread-safe: a form or tool owns its draft, and one thread (the window's store thread) owns the session.
 */
package org.paxmap.edit;
