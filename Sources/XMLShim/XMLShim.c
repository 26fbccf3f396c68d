#include "XMLShim.h"

#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlversion.h>
#include <stdlib.h>
#include <string.h>

static void resconv_issues_append(void *context, const xmlError *error) {
  resconv_xml_issues *issues = (resconv_xml_issues *)context;
  if (issues == NULL || error == NULL) return;
  if (issues->count >= 1000) return;  // enough to report; stop growing on pathological input
  if (issues->count == issues->capacity) {
    int capacity = issues->capacity == 0 ? 8 : issues->capacity * 2;
    resconv_xml_issue *items = realloc(issues->items, (size_t)capacity * sizeof(resconv_xml_issue));
    if (items == NULL) return;
    issues->items = items;
    issues->capacity = capacity;
  }
  resconv_xml_issue *issue = &issues->items[issues->count++];
  issue->level = (int)error->level;
  issue->line = error->line;
  issue->message = strdup(error->message != NULL ? error->message : "unknown error");
}

#if LIBXML_VERSION >= 21200
static void resconv_structured_error(void *context, const xmlError *error) {
  resconv_issues_append(context, error);
}
#else
static void resconv_structured_error(void *context, xmlErrorPtr error) {
  resconv_issues_append(context, error);
}
#endif

void resconv_collect_errors(resconv_xml_issues *issues) {
  xmlSetStructuredErrorFunc(issues, issues != NULL ? resconv_structured_error : NULL);
}

void resconv_schema_parser_collect(xmlSchemaParserCtxtPtr context, resconv_xml_issues *issues) {
  xmlSchemaSetParserStructuredErrors(context, resconv_structured_error, issues);
}

void resconv_schema_validator_collect(xmlSchemaValidCtxtPtr context, resconv_xml_issues *issues) {
  xmlSchemaSetValidStructuredErrors(context, resconv_structured_error, issues);
}

void resconv_issues_free(resconv_xml_issues *issues) {
  for (int index = 0; index < issues->count; index++) free(issues->items[index].message);
  free(issues->items);
  issues->items = NULL;
  issues->count = 0;
  issues->capacity = 0;
}

void resconv_xml_free(void *pointer) { xmlFree(pointer); }

#define RESCONV_MAX_EMBEDDED 4
static char *embedded_names[RESCONV_MAX_EMBEDDED];
static char *embedded_texts[RESCONV_MAX_EMBEDDED];
static int embedded_count = 0;
static xmlExternalEntityLoader default_loader = NULL;

static xmlParserInputPtr resconv_entity_loader(const char *url, const char *id, xmlParserCtxtPtr context) {
  if (url != NULL) {
    size_t length = strlen(url);
    for (int index = 0; index < embedded_count; index++) {
      size_t name_length = strlen(embedded_names[index]);
      if (length >= name_length && strcmp(url + length - name_length, embedded_names[index]) == 0) {
        return xmlNewStringInputStream(context, (const xmlChar *)embedded_texts[index]);
      }
    }
  }
  return default_loader != NULL ? default_loader(url, id, context) : NULL;
}

void resconv_embed_document(const char *name, const char *text) {
  if (embedded_count >= RESCONV_MAX_EMBEDDED) return;
  if (default_loader == NULL) {
    default_loader = xmlGetExternalEntityLoader();
    xmlSetExternalEntityLoader(resconv_entity_loader);
  }
  embedded_names[embedded_count] = strdup(name);
  embedded_texts[embedded_count] = strdup(text);
  embedded_count++;
}
