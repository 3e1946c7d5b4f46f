// Snowball stemmers (Debian's libstemmer-dev), for matching typed answers word by word.
#include <libstemmer.h>
