// Arrays are values: assignment and parameters copy them; pointers to arrays
// and slices of arrays share. Matrix multiplication on [N][N]float64.
package main

import "fmt"

const N = 3

type Matrix [N][N]float64

func identity() (m Matrix) {
	for i := 0; i < N; i++ {
		m[i][i] = 1
	}
	return
}

func mul(a, b Matrix) Matrix {
	var c Matrix
	for i := 0; i < N; i++ {
		for j := 0; j < N; j++ {
			for k := 0; k < N; k++ {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return c
}

func scaleInPlace(m *Matrix, f float64) {
	for i := range m {
		for j := range m[i] {
			m[i][j] *= f
		}
	}
}

func zeroCopy(m Matrix) Matrix {
	m[0][0] = 0
	return m
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	fmt.Println(mul(a, identity()) == a)
	sq := mul(a, a)
	fmt.Println(sq)

	b := a
	b[1][1] = 50
	fmt.Println(a[1][1], b[1][1], a == b)

	z := zeroCopy(a)
	fmt.Println(a[0][0], z[0][0])

	scaleInPlace(&a, 0.5)
	fmt.Println(a[2])

	rows := a[:]
	rows[0][0] = 100
	fmt.Println(a[0][0], len(rows))

	var board [3][3]rune
	for i := range board {
		for j := range board[i] {
			board[i][j] = '.'
		}
	}
	board[1][1] = 'X'
	board[0][2] = 'O'
	for _, row := range board {
		fmt.Println(string(row[:]))
	}
}
