// Warp 1.19.0 cuda code for finite_difference_f85d6941.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void finite_difference_de8759d4_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_field,
    wp::array_t<wp::vec_t<2, wp::float32>> var_df_dx,
    wp::float32 var_cell_size)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        const wp::float32 var_2 = 1.0;
        wp::float32 var_3;
        const wp::int32 var_4 = 1;
        wp::int32 var_5;
        wp::shape_t* var_6;
        const wp::int32 var_7 = 1;
        wp::int32 var_8;
        wp::shape_t var_9;
        const wp::int32 var_10 = 1;
        wp::int32 var_11;
        wp::int32 var_12;
        const wp::int32 var_13 = 1;
        wp::int32 var_14;
        const wp::int32 var_15 = 0;
        wp::int32 var_16;
        wp::vec_t<2, wp::float32>* var_17;
        wp::vec_t<2, wp::float32>* var_18;
        wp::vec_t<2, wp::float32> var_19;
        wp::vec_t<2, wp::float32> var_20;
        wp::vec_t<2, wp::float32> var_21;
        const wp::float32 var_22 = 0.5;
        wp::float32 var_23;
        wp::vec_t<2, wp::float32> var_24;
        //---------
        // forward
        // def finite_difference(field: wp.array2d[wp.vec2], df_dx: wp.array2d[wp.vec2], cell_size: float):       <L 5>
        // i, j = wp.tid()                                                                        <L 6>
        builtin_tid2d(var_0, var_1);
        // inv_dx = 1.0 / cell_size                                                               <L 7>
        var_3 = wp::div(var_2, var_cell_size);
        // jp = wp.min(j + 1, field.shape[1] - 1)                                                 <L 8>
        var_5 = wp::add(var_1, var_4);
        var_6 = &(var_field.shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        var_11 = wp::sub(var_8, var_10);
        var_12 = wp::min(var_5, var_11);
        // jm = wp.max(j - 1, 0)                                                                  <L 9>
        var_14 = wp::sub(var_1, var_13);
        var_16 = wp::max(var_14, var_15);
        // df_dx[i, j] = (field[i, jp] - field[i, jm]) * (0.5 * inv_dx)                           <L 10>
        var_17 = wp::address(var_field, var_0, var_12);
        var_18 = wp::address(var_field, var_0, var_16);
        var_20 = wp::load(var_17);
        var_21 = wp::load(var_18);
        var_19 = wp::sub(var_20, var_21);
        var_23 = wp::mul(var_22, var_3);
        var_24 = wp::mul(var_19, var_23);
        wp::array_store(var_df_dx, var_0, var_1, var_24);
}



extern "C" __global__ void finite_difference_de8759d4_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_field,
    wp::array_t<wp::vec_t<2, wp::float32>> var_df_dx,
    wp::float32 var_cell_size,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_field,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_df_dx,
    wp::float32 adj_cell_size)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        const wp::float32 var_2 = 1.0;
        wp::float32 var_3;
        const wp::int32 var_4 = 1;
        wp::int32 var_5;
        wp::shape_t* var_6;
        const wp::int32 var_7 = 1;
        wp::int32 var_8;
        wp::shape_t var_9;
        const wp::int32 var_10 = 1;
        wp::int32 var_11;
        wp::int32 var_12;
        const wp::int32 var_13 = 1;
        wp::int32 var_14;
        const wp::int32 var_15 = 0;
        wp::int32 var_16;
        wp::vec_t<2, wp::float32>* var_17;
        wp::vec_t<2, wp::float32>* var_18;
        wp::vec_t<2, wp::float32> var_19;
        wp::vec_t<2, wp::float32> var_20;
        wp::vec_t<2, wp::float32> var_21;
        const wp::float32 var_22 = 0.5;
        wp::float32 var_23;
        wp::vec_t<2, wp::float32> var_24;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::shape_t adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::shape_t adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::vec_t<2, wp::float32> adj_17 = {};
        wp::vec_t<2, wp::float32> adj_18 = {};
        wp::vec_t<2, wp::float32> adj_19 = {};
        wp::vec_t<2, wp::float32> adj_20 = {};
        wp::vec_t<2, wp::float32> adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::vec_t<2, wp::float32> adj_24 = {};
        //---------
        // forward
        // def finite_difference(field: wp.array2d[wp.vec2], df_dx: wp.array2d[wp.vec2], cell_size: float):       <L 5>
        // i, j = wp.tid()                                                                        <L 6>
        builtin_tid2d(var_0, var_1);
        // inv_dx = 1.0 / cell_size                                                               <L 7>
        var_3 = wp::div(var_2, var_cell_size);
        // jp = wp.min(j + 1, field.shape[1] - 1)                                                 <L 8>
        var_5 = wp::add(var_1, var_4);
        var_6 = &(var_field.shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        var_11 = wp::sub(var_8, var_10);
        var_12 = wp::min(var_5, var_11);
        // jm = wp.max(j - 1, 0)                                                                  <L 9>
        var_14 = wp::sub(var_1, var_13);
        var_16 = wp::max(var_14, var_15);
        // df_dx[i, j] = (field[i, jp] - field[i, jm]) * (0.5 * inv_dx)                           <L 10>
        var_17 = wp::address(var_field, var_0, var_12);
        var_18 = wp::address(var_field, var_0, var_16);
        var_20 = wp::load(var_17);
        var_21 = wp::load(var_18);
        var_19 = wp::sub(var_20, var_21);
        var_23 = wp::mul(var_22, var_3);
        var_24 = wp::mul(var_19, var_23);
        // wp::array_store(var_df_dx, var_0, var_1, var_24);
        //---------
        // reverse
        wp::adj_array_store(var_df_dx, var_0, var_1, var_24, adj_df_dx, adj_0, adj_1, adj_24);
        wp::adj_mul(var_19, var_23, adj_19, adj_23, adj_24);
        wp::adj_mul(var_22, var_3, adj_22, adj_3, adj_23);
        wp::adj_sub(var_20, var_21, adj_17, adj_18, adj_19);
        wp::adj_address(var_field, var_0, var_16, adj_field, adj_0, adj_16, adj_18);
        wp::adj_address(var_field, var_0, var_12, adj_field, adj_0, adj_12, adj_17);
        // adj: df_dx[i, j] = (field[i, jp] - field[i, jm]) * (0.5 * inv_dx)                      <L 10>
        wp::adj_max(var_14, var_15, adj_14, adj_15, adj_16);
        wp::adj_sub(var_1, var_13, adj_1, adj_13, adj_14);
        // adj: jm = wp.max(j - 1, 0)                                                             <L 9>
        wp::adj_min(var_5, var_11, adj_5, adj_11, adj_12);
        wp::adj_sub(var_8, var_10, adj_8, adj_10, adj_11);
        adj_field.shape = adj_6;
        wp::adj_add(var_1, var_4, adj_1, adj_4, adj_5);
        // adj: jp = wp.min(j + 1, field.shape[1] - 1)                                            <L 8>
        wp::adj_div(var_2, var_cell_size, var_3, adj_2, adj_cell_size, adj_3);
        // adj: inv_dx = 1.0 / cell_size                                                          <L 7>
        // adj: i, j = wp.tid()                                                                   <L 6>
        // adj: def finite_difference(field: wp.array2d[wp.vec2], df_dx: wp.array2d[wp.vec2], cell_size: float):  <L 5>
        return;
}

