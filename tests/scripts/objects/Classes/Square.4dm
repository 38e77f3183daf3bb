Class extends Polygon

Class constructor($side : Integer)
	Super($side; $side)
