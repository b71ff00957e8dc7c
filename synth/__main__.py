from warp_synth.synth.cli import app

app(prog_name="synth")
