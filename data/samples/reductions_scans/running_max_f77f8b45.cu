// Warp 1.19.0 cuda code for running_max_f77f8b45.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void running_max_d3e5624f_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_rows,
    wp::array_t<wp::float32> var_prefix,
    wp::array_t<wp::float32> var_totals)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        const wp::float32 var_1 = 0.0;
        wp::float32 var_2;
        wp::shape_t* var_3;
        const wp::int32 var_4 = 1;
        wp::int32 var_5;
        wp::shape_t var_6;
        wp::range_t var_7;
        wp::int32 var_8;
        wp::float32* var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        //---------
        // forward
        // def running_max(rows: wp.array2d(dtype=float), prefix: wp.array2d(dtype=float), totals: wp.array(dtype=float)):       <L 5>
        // r = wp.tid()                                                                           <L 6>
        var_0 = builtin_tid1d();
        // carry = float(0.0)                                                                     <L 7>
        var_2 = wp::float(var_1);
        // for c in range(rows.shape[1]):                                                         <L 8>
        var_3 = &(var_rows.shape);
        var_6 = wp::load(var_3);
        var_5 = wp::extract(var_6, var_4);
        var_7 = wp::range(var_5);
        start_for_0:;
            if (iter_cmp(var_7) == 0) goto end_for_0;
            var_8 = wp::iter_next(var_7);
            // carry = carry + rows[r, c]                                                         <L 9>
            var_9 = wp::address(var_rows, var_0, var_8);
            var_11 = wp::load(var_9);
            var_10 = wp::add(var_2, var_11);
            // prefix[r, c] = carry                                                               <L 10>
            wp::array_store(var_prefix, var_0, var_8, var_10);
            wp::assign(var_2, var_10);
            goto start_for_0;
        end_for_0:;
        // totals[r] = carry + carry                                                              <L 11>
        var_12 = wp::add(var_2, var_2);
        wp::array_store(var_totals, var_0, var_12);
}



extern "C" __global__ void running_max_d3e5624f_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_rows,
    wp::array_t<wp::float32> var_prefix,
    wp::array_t<wp::float32> var_totals,
    wp::array_t<wp::float32> adj_rows,
    wp::array_t<wp::float32> adj_prefix,
    wp::array_t<wp::float32> adj_totals)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        const wp::float32 var_1 = 0.0;
        wp::float32 var_2;
        wp::shape_t* var_3;
        const wp::int32 var_4 = 1;
        wp::int32 var_5;
        wp::shape_t var_6;
        wp::range_t var_7;
        wp::int32 var_8;
        wp::float32* var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::shape_t adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::shape_t adj_6 = {};
        wp::range_t adj_7 = {};
        wp::int32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        //---------
        // forward
        // def running_max(rows: wp.array2d(dtype=float), prefix: wp.array2d(dtype=float), totals: wp.array(dtype=float)):       <L 5>
        // r = wp.tid()                                                                           <L 6>
        var_0 = builtin_tid1d();
        // carry = float(0.0)                                                                     <L 7>
        var_2 = wp::float(var_1);
        // for c in range(rows.shape[1]):                                                         <L 8>
        var_3 = &(var_rows.shape);
        var_6 = wp::load(var_3);
        var_5 = wp::extract(var_6, var_4);
        var_7 = wp::range(var_5);
        // totals[r] = carry + carry                                                              <L 11>
        var_12 = wp::add(var_2, var_2);
        // wp::array_store(var_totals, var_0, var_12);
        //---------
        // reverse
        wp::adj_array_store(var_totals, var_0, var_12, adj_totals, adj_0, adj_12);
        wp::adj_add(var_2, var_2, adj_2, adj_2, adj_12);
        // adj: totals[r] = carry + carry                                                         <L 11>
        var_7 = wp::iter_reverse(var_7);
        start_for_0:;
            if (iter_cmp(var_7) == 0) goto end_for_0;
            var_8 = wp::iter_next(var_7);
        	adj_9 = {};
        	adj_10 = {};
        	adj_11 = {};
            // carry = carry + rows[r, c]                                                         <L 9>
            var_9 = wp::address(var_rows, var_0, var_8);
            var_11 = wp::load(var_9);
            var_10 = wp::add(var_2, var_11);
            // prefix[r, c] = carry                                                               <L 10>
            // wp::array_store(var_prefix, var_0, var_8, var_10);
            wp::assign(var_2, var_10);
            wp::adj_assign(var_2, var_10, adj_2, adj_10);
            wp::adj_array_store(var_prefix, var_0, var_8, var_10, adj_prefix, adj_0, adj_8, adj_10);
            // adj: prefix[r, c] = carry                                                          <L 10>
            wp::adj_add(var_2, var_11, adj_2, adj_9, adj_10);
            wp::adj_address(var_rows, var_0, var_8, adj_rows, adj_0, adj_8, adj_9);
            // adj: carry = carry + rows[r, c]                                                    <L 9>
        	goto start_for_0;
        end_for_0:;
        adj_rows.shape = adj_3;
        // adj: for c in range(rows.shape[1]):                                                    <L 8>
        wp::adj_float(var_1, adj_1, adj_2);
        // adj: carry = float(0.0)                                                                <L 7>
        // adj: r = wp.tid()                                                                      <L 6>
        // adj: def running_max(rows: wp.array2d(dtype=float), prefix: wp.array2d(dtype=float), totals: wp.array(dtype=float)):  <L 5>
        return;
}

