/**
 * The immutable posts and decisions of the social-media policy library: what a caller builds
 * ({@link io.github.smpolicy.model.Post}) and what it gets back ({@link io.github.smpolicy.model.Decision}).
 * No dependency.
 */
module io.github.smpolicy.model {
    exports io.github.smpolicy.model;
}
