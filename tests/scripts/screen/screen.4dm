// Screens headless: one nominal 1920×1080 screen, 32-bit colour (fourd's
// choice, README "Known differences"; the rules below are the docs').
var $l; $t; $r; $b; $depth; $color : Integer
out("Screen width: "+String(Screen width))
out("Screen height: "+String(Screen height))
// screen-width.md: with * the width of the screen.
out("Screen width(*): "+String(Screen width(*)))
out("Count screens: "+String(Count screens))
// menu-bar-screen.md: the number of the screen where the menu bar is.
out("Menu bar screen: "+String(Menu bar screen))
// menu-bar-height.md: 0 when the menu bar is hidden (none headless).
out("Menu bar height: "+String(Menu bar height))
// screen-coordinates.md: main screen when screenID is omitted.
SCREEN COORDINATES($l; $t; $r; $b)
out("main screen: "+String($l)+" "+String($t)+" "+String($r)+" "+String($b))
SCREEN COORDINATES($l; $t; $r; $b; Menu bar screen; Screen work area)
out("work area: "+String($l)+" "+String($t)+" "+String($r)+" "+String($b))
// "If an invalid value is given in screenID or screenArea, a zero is
// returned for all of the coordinates."
SCREEN COORDINATES($l; $t; $r; $b; Count screens+1)
out("invalid screen: "+String($l)+" "+String($t)+" "+String($r)+" "+String($b))
SCREEN COORDINATES($l; $t; $r; $b; 1; 7)
out("invalid area: "+String($l)+" "+String($t)+" "+String($r)+" "+String($b))
// screen-depth.md example: depth is the exponent of the number of colours.
SCREEN DEPTH($depth; $color)
out("depth >= 8: "+String($depth>=8))
out("colour: "+String($color))
