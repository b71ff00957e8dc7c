from warp_synth.synth.cli import main

main()
