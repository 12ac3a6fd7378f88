package org.wenping.command.matter;

/** Where a matter stands in its lifecycle, as far as the root's rules care. */
enum MatterStage {
    /** 评估/定级, from 立项 or from a re-assessment (R7) until the decision. */
    ASSESSING,
    /** 跟踪: decided, being implemented and tracked. */
    TRACKING,
    /** 结项: closed and sealed; only corrections and late filings are taken. */
    CLOSED
}
