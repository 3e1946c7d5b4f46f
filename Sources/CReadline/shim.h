// Access to GNU readline from Swift 6. Swift refuses to touch mutable C globals directly, so
// each global Rehearse needs gets a small static inline accessor here.
#ifndef REHEARSE_CREADLINE_SHIM_H
#define REHEARSE_CREADLINE_SHIM_H

#include <stdio.h>
#include <readline/readline.h>
#include <readline/history.h>

typedef char **(*rehearse_completion_fn)(const char *, int, int);

static inline void rehearse_set_completion(rehearse_completion_fn fn) {
  rl_attempted_completion_function = fn;
}
static inline void rehearse_set_completion_over(int value) { rl_attempted_completion_over = value; }
static inline const char *rehearse_line_buffer(void) { return rl_line_buffer; }
static inline void rehearse_set_readline_name(const char *name) { rl_readline_name = name; }
static inline int rehearse_history_length(void) { return history_length; }
static inline int rehearse_history_base(void) { return history_base; }
static inline void rehearse_set_catch_signals(int value) { rl_catch_signals = value; }
static inline void rehearse_set_completion_append_character(int c) { rl_completion_append_character = c; }
static inline void rehearse_set_basic_word_break_characters(const char *chars) {
  rl_basic_word_break_characters = chars;
}
static inline int rehearse_point(void) { return rl_point; }
static inline void rehearse_set_startup_hook(rl_hook_func_t *hook) { rl_startup_hook = hook; }
static inline void rehearse_set_done(int value) { rl_done = value; }

#endif
