import Foundation
import ResolutionReader
import ResolutionModel
import ResolutionEmitters

let path = CommandLine.arguments[1]
let data = FileManager.default.contents(atPath: path)!
let result = try ResolutionReader().read(bytes: Array(data), name: path)
print(try JSONEmitter().emit(result.resolution))
let file = SourceFile(name: path, bytes: Array(data))
for d in result.diagnostics { print(d.formatted(in: file)) }
