package org.paxmap.app.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.paxmap.bundle.trust.PolicyTable;
import org.paxmap.bundle.trust.ReleasePolicy;
import org.paxmap.edit.FieldProblems;
import org.paxmap.model.ReleaseLabel;

/** The label editor's checks against a policy table, without a window. */
class LabelDraftTest {
    private static final PolicyTable TABLE = PolicyTable.defaults();

    @Test
    void a_valid_draft_is_the_label_with_codes_normalised() {
        LabelDraft draft = new LabelDraft("nato", "nato restricted", " fra , ita,FRA, ", "", "EXERCISE-HQ");
        assertEquals(FieldProblems.NONE, draft.problems(TABLE));
        assertEquals(
                Optional.of(
                        new ReleaseLabel("NATO", "NATO RESTRICTED", List.of("FRA", "ITA"), List.of(), "EXERCISE-HQ")),
                draft.label(TABLE));
        assertEquals("NATO RESTRICTED // REL TO FRA, ITA", draft.displayForm());
    }

    @Test
    void groups_and_all_are_known_codes() {
        assertTrue(new LabelDraft("NATO", "NATO SECRET", "NATO, EU", "", "FRA")
                .problems(TABLE)
                .isEmpty());
        assertTrue(new LabelDraft("UN", "UNCLASSIFIED", "ALL", "", "UN")
                .problems(TABLE)
                .isEmpty());
    }

    @Test
    void an_unknown_code_is_named_and_no_label_is_made() {
        LabelDraft draft = new LabelDraft("NATO", "NATO RESTRICTED", "FRA, XYZ", "", "FRA");
        assertEquals(
                Map.of(LabelDraft.FIELD_REL_TO, "code XYZ is not known to policy NATO (a nation, group or ALL)"),
                draft.problems(TABLE).asMap());
        assertEquals(Optional.empty(), draft.label(TABLE));
        assertEquals("NATO RESTRICTED // REL TO FRA, XYZ", draft.displayForm(), "the preview shows what is typed");
    }

    @Test
    void several_unknown_codes_are_all_named() {
        String message = new LabelDraft("NATO", "NATO RESTRICTED", "QQQ, FRA, ZZZ", "", "FRA")
                .problems(TABLE)
                .message(LabelDraft.FIELD_REL_TO)
                .orElseThrow();
        assertTrue(message.startsWith("codes QQQ, ZZZ are not known"), message);
    }

    @Test
    void codes_must_be_separated_by_commas() {
        assertEquals(
                Optional.of("'FRA ITA' is not one code: separate REL TO codes with commas"),
                new LabelDraft("NATO", "NATO RESTRICTED", "FRA ITA", "", "FRA")
                        .problems(TABLE)
                        .message(LabelDraft.FIELD_REL_TO));
    }

    @Test
    void codes_are_checked_against_the_chosen_policy() {
        ReleasePolicy local = new ReleasePolicy("LOCAL", List.of("UNMARKED"), Set.of("FRA"), Map.of());
        PolicyTable table = TABLE.with(local);
        assertTrue(new LabelDraft("LOCAL", "UNMARKED", "FRA", "", "FRA")
                .problems(table)
                .isEmpty());
        assertEquals(
                Optional.of("code ITA is not known to policy LOCAL (a nation, group or ALL)"),
                new LabelDraft("LOCAL", "UNMARKED", "ITA", "", "FRA")
                        .problems(table)
                        .message(LabelDraft.FIELD_REL_TO));
    }

    @Test
    void policy_and_classification_come_from_the_table() {
        assertEquals(
                Map.of(
                        LabelDraft.FIELD_POLICY, "choose a release policy",
                        LabelDraft.FIELD_CLASSIFICATION, "choose a classification"),
                new LabelDraft(null, null, "", "", "FRA").problems(TABLE).asMap());
        assertEquals(
                Optional.of("policy KFOR is not in the picture's policy table"),
                new LabelDraft("KFOR", "SECRET", "", "", "FRA").problems(TABLE).message(LabelDraft.FIELD_POLICY));
        assertEquals(
                Optional.of("UN CONFIDENTIAL is not a classification of policy NATO"),
                new LabelDraft("NATO", "UN CONFIDENTIAL", "", "", "FRA")
                        .problems(TABLE)
                        .message(LabelDraft.FIELD_CLASSIFICATION));
        assertEquals(
                Optional.of("choose a classification of policy UN"),
                new LabelDraft("UN", null, "", "", "FRA").problems(TABLE).message(LabelDraft.FIELD_CLASSIFICATION));
    }

    @Test
    void caveats_are_plain_codes_and_noted_as_never_released() {
        LabelDraft ok = new LabelDraft("UN", "UN CONFIDENTIAL", "UN", "mission only, noforn", "UN");
        assertEquals(
                List.of("MISSION ONLY", "NOFORN"), ok.label(TABLE).orElseThrow().caveats());
        assertEquals("UN CONFIDENTIAL // MISSION ONLY // NOFORN // REL TO UN", ok.displayForm());
        assertTrue(ok.notes().get(0).contains("never released"), ok.notes().toString());
        assertEquals(
                Optional.of("caveat 'A//B' may hold only letters, digits, spaces, '.', '-' and '_' (at most 40)"),
                new LabelDraft("UN", "UN CONFIDENTIAL", "UN", "a//b", "UN")
                        .problems(TABLE)
                        .message(LabelDraft.FIELD_CAVEATS));
    }

    @Test
    void an_empty_rel_to_is_allowed_and_noted() {
        LabelDraft draft = new LabelDraft("NATO", "NATO RESTRICTED", " , ", "", "FRA");
        assertEquals(List.of(), draft.label(TABLE).orElseThrow().releasableTo());
        assertEquals(List.of("No REL TO: releasable to no one outside this node."), draft.notes());
    }

    @Test
    void the_originator_is_required_and_a_code() {
        assertEquals(
                Optional.of("the originator is empty"),
                new LabelDraft("NATO", "NATO RESTRICTED", "", "", "  ")
                        .problems(TABLE)
                        .message(LabelDraft.FIELD_ORIGINATOR));
        assertFalse(new LabelDraft("NATO", "NATO RESTRICTED", "", "", "FRA ITA")
                .problems(TABLE)
                .message(LabelDraft.FIELD_ORIGINATOR)
                .isEmpty());
    }

    @Test
    void the_editor_starts_from_the_chosen_label_with_the_right_originator() {
        ReleaseLabel theirs = new ReleaseLabel("NATO", "NATO RESTRICTED", List.of("FRA"), List.of(), "ITA");
        assertEquals(
                new LabelDraft("NATO", "NATO RESTRICTED", "FRA", "", "ITA"),
                LabelDraft.startingFrom(theirs, true, Optional.of("DEU"), "node-1"),
                "editing a feature keeps its originator");
        assertEquals(
                "DEU",
                LabelDraft.startingFrom(theirs, false, Optional.of("DEU"), "node-1")
                        .originator(),
                "a new feature's label is originated by this node's organisation");
        assertEquals(
                "ITA",
                LabelDraft.startingFrom(theirs, false, Optional.empty(), "node-1")
                        .originator(),
                "without a key, by the picture's (the default label's) originator");
        assertEquals(
                new LabelDraft(null, null, "", "", "node-1"),
                LabelDraft.startingFrom(null, false, Optional.empty(), "node-1"));
    }
}
