"""The staff web page of Spotlight Assistant (Gradio)."""
