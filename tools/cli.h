/* SPDX-License-Identifier: MIT */
/*
 * cli: command-line parsing shared by the host tools (mkrom, ipl3search).
 */
#ifndef LIN64_CLI_H
#define LIN64_CLI_H

/*
 * The value of option @name in argv[*i], written "--opt VALUE" or
 * "--opt=VALUE"; advances *i past what it used.  NULL when argv[*i] is not
 * that option or its value is missing.
 */
const char *cli_option_value(int argc, char **argv, int *i, const char *name);

#endif
