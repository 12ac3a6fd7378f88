package org.wenping.query.registry;

import org.wenping.query.dossier.CodeLabel;

/** An {@link EntryState} as the API shows it, code and zh-CN label. */
final class EntryStates {
    private EntryStates() {
    }

    static CodeLabel of(EntryState state) {
        return CodeLabel.of(state, state.label());
    }
}
