// Small C helpers around libxml2 where its API differs between versions (error callbacks take
// `const xmlError *` from 2.12) or is awkward from Swift 6 (xmlFree is a global variable, and
// callbacks need C function pointers).
#ifndef RESCONV_XML_SHIM_H
#define RESCONV_XML_SHIM_H

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlschemas.h>

/// One message from libxml2: severity (1 warning, 2 error, 3 fatal), line (0 if unknown), text.
typedef struct {
  int level;
  int line;
  char *message;
} resconv_xml_issue;

/// A growable list of messages, filled by the structured-error callback.
typedef struct {
  resconv_xml_issue *items;
  int count;
  int capacity;
} resconv_xml_issues;

/// Sends the current thread's libxml2 errors to `issues` (NULL restores the default).
void resconv_collect_errors(resconv_xml_issues *issues);
/// Sends a schema parser's errors to `issues`.
void resconv_schema_parser_collect(xmlSchemaParserCtxtPtr context, resconv_xml_issues *issues);
/// Sends a schema validation context's errors to `issues`.
void resconv_schema_validator_collect(xmlSchemaValidCtxtPtr context, resconv_xml_issues *issues);
/// Frees the messages and empties the list.
void resconv_issues_free(resconv_xml_issues *issues);
/// Calls libxml2's xmlFree.
void resconv_xml_free(void *pointer);
/// Serves `text` to any import whose URL ends with `name` (e.g. "xml.xsd"), so schemas compile
/// without touching the network or the file system. Call before compiling schemas.
void resconv_embed_document(const char *name, const char *text);

#endif
