"""The gradcli script grammar (shipped inside the wheel as gradcli.grammar)."""
