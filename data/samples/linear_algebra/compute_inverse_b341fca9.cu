// Warp 1.19.0 cuda code for compute_inverse_b341fca9.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void compute_inverse_3762bffe_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_systems,
    wp::array_t<wp::vec_t<2, wp::float32>> var_b,
    wp::int32 var_num_active,
    wp::array_t<wp::vec_t<2, wp::float32>> var_x)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        bool var_1;
        wp::mat_t<2, 2, wp::float32>* var_2;
        wp::mat_t<2, 2, wp::float32> var_3;
        wp::mat_t<2, 2, wp::float32> var_4;
        wp::vec_t<2, wp::float32>* var_5;
        wp::vec_t<2, wp::float32> var_6;
        wp::vec_t<2, wp::float32> var_7;
        wp::mat_t<2, 2, wp::float32> var_8;
        wp::vec_t<2, wp::float32> var_9;
        //---------
        // forward
        // def compute_inverse(                                                                   <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // if tid >= num_active:                                                                  <L 13>
        var_1 = (var_0 >= var_num_active);
        if (var_1) {
            // return                                                                             <L 14>
            continue;
        }
        // A = systems[tid]                                                                       <L 15>
        var_2 = wp::address(var_systems, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // rhs = b[tid]                                                                           <L 16>
        var_5 = wp::address(var_b, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // inv = wp.inverse(A)                                                                    <L 17>
        var_8 = wp::inverse(var_3);
        // x[tid] = wp.mul(inv, rhs)                                                              <L 18>
        var_9 = wp::mul(var_8, var_6);
        wp::array_store(var_x, var_0, var_9);
    }
}



extern "C" __global__ void compute_inverse_3762bffe_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_systems,
    wp::array_t<wp::vec_t<2, wp::float32>> var_b,
    wp::int32 var_num_active,
    wp::array_t<wp::vec_t<2, wp::float32>> var_x,
    wp::array_t<wp::mat_t<2, 2, wp::float32>> adj_systems,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_b,
    wp::int32 adj_num_active,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_x)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        bool var_1;
        wp::mat_t<2, 2, wp::float32>* var_2;
        wp::mat_t<2, 2, wp::float32> var_3;
        wp::mat_t<2, 2, wp::float32> var_4;
        wp::vec_t<2, wp::float32>* var_5;
        wp::vec_t<2, wp::float32> var_6;
        wp::vec_t<2, wp::float32> var_7;
        wp::mat_t<2, 2, wp::float32> var_8;
        wp::vec_t<2, wp::float32> var_9;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        bool adj_1 = {};
        wp::mat_t<2, 2, wp::float32> adj_2 = {};
        wp::mat_t<2, 2, wp::float32> adj_3 = {};
        wp::mat_t<2, 2, wp::float32> adj_4 = {};
        wp::vec_t<2, wp::float32> adj_5 = {};
        wp::vec_t<2, wp::float32> adj_6 = {};
        wp::vec_t<2, wp::float32> adj_7 = {};
        wp::mat_t<2, 2, wp::float32> adj_8 = {};
        wp::vec_t<2, wp::float32> adj_9 = {};
        //---------
        // forward
        // def compute_inverse(                                                                   <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // if tid >= num_active:                                                                  <L 13>
        var_1 = (var_0 >= var_num_active);
        if (var_1) {
            // return                                                                             <L 14>
            goto label0;
        }
        // A = systems[tid]                                                                       <L 15>
        var_2 = wp::address(var_systems, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // rhs = b[tid]                                                                           <L 16>
        var_5 = wp::address(var_b, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // inv = wp.inverse(A)                                                                    <L 17>
        var_8 = wp::inverse(var_3);
        // x[tid] = wp.mul(inv, rhs)                                                              <L 18>
        var_9 = wp::mul(var_8, var_6);
        // wp::array_store(var_x, var_0, var_9);
        //---------
        // reverse
        wp::adj_array_store(var_x, var_0, var_9, adj_x, adj_0, adj_9);
        wp::adj_mul(var_8, var_6, adj_8, adj_6, adj_9);
        // adj: x[tid] = wp.mul(inv, rhs)                                                         <L 18>
        wp::adj_inverse(var_3, var_8, adj_3, adj_8);
        // adj: inv = wp.inverse(A)                                                               <L 17>
        wp::adj_copy(var_7, adj_5, adj_6);
        wp::adj_address(var_b, var_0, adj_b, adj_0, adj_5);
        // adj: rhs = b[tid]                                                                      <L 16>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_systems, var_0, adj_systems, adj_0, adj_2);
        // adj: A = systems[tid]                                                                  <L 15>
        if (var_1) {
            label0:;
            // adj: return                                                                        <L 14>
        }
        // adj: if tid >= num_active:                                                             <L 13>
        // adj: tid = wp.tid()                                                                    <L 12>
        // adj: def compute_inverse(                                                              <L 5>
        continue;
    }
}

