import ArgumentParser

/// The `resconv` command: converts UN resolutions from plain text to Akoma Ntoso, HTML, Markdown and JSON.
@main
struct ResConv: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "resconv",
    abstract: "Convert United Nations resolutions from plain text to structured formats.",
    discussion: """
      resconv reads a resolution as the UN publishes it in plain text (an ODS text export, text \
      pulled from a PDF, or OCR), parses it into a typed document tree and writes it out.

      EXIT CODES
        0   success
        1   a conversion failed (unreadable input, not text, invalid output, cannot
            write output), or `validate` found an invalid document
        3   warnings were reported and --fail-on-warnings was given
        64  usage error (unknown option or format, conflicting options)
      """,
    version: ResConv.version,
    subcommands: [Convert.self, Validate.self, Formats.self],
    defaultSubcommand: Convert.self)

  /// The version printed by `--version`.
  static let version = "0.1.0"
}
