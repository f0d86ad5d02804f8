# Writes OUTPUT, a C++ file holding the content of INPUT (messages/ui.yaml) as a raw string literal.
file(READ "${INPUT}" content)
file(WRITE "${OUTPUT}.tmp" "namespace convlint {\n\nextern const char* const embedded_ui_messages;\nconst char* const embedded_ui_messages = R\"convlint_yaml(${content})convlint_yaml\";\n\n}  // namespace convlint\n")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
