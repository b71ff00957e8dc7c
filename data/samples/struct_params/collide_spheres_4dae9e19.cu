// Warp 1.19.0 cuda code for collide_spheres_4dae9e19.py; preceded by preamble_cuda_93b22071978ccd96.cuh

struct SphereCollider_0eb27812
{
    wp::vec_t<3, wp::float32> center;
    wp::float32 radius;


    SphereCollider_0eb27812() = default;
    CUDA_CALLABLE SphereCollider_0eb27812(wp::vec_t<3, wp::float32> const& center,
    wp::float32 const& radius = {})
        : center{center}
        , radius{radius}

    {
    }

    CUDA_CALLABLE SphereCollider_0eb27812& operator += (const SphereCollider_0eb27812& rhs)
    {    center += rhs.center;
    radius += rhs.radius;

        return *this;}

};

static CUDA_CALLABLE void adj_SphereCollider_0eb27812(wp::vec_t<3, wp::float32> const&,
    wp::float32 const&,
    wp::vec_t<3, wp::float32> & adj_center,
    wp::float32 & adj_radius,
    SphereCollider_0eb27812 & adj_ret)
{
    adj_center += adj_ret.center;
    adj_radius += adj_ret.radius;
}

// Required when compiling adjoints.
CUDA_CALLABLE SphereCollider_0eb27812 add(const SphereCollider_0eb27812& a, const SphereCollider_0eb27812& b)
{
    return SphereCollider_0eb27812();
}

CUDA_CALLABLE void adj_atomic_add(SphereCollider_0eb27812* p, SphereCollider_0eb27812 t)
{
    wp::adj_atomic_add(&p->center, t.center);
    wp::adj_atomic_add(&p->radius, t.radius);
}





extern "C" __global__ void collide_spheres_e78f7112_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<SphereCollider_0eb27812> var_colliders,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::float32 var_particle_radius)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::shape_t* var_4;
        const wp::int32 var_5 = 0;
        wp::int32 var_6;
        wp::shape_t var_7;
        wp::range_t var_8;
        wp::int32 var_9;
        SphereCollider_0eb27812* var_10;
        SphereCollider_0eb27812 var_11;
        SphereCollider_0eb27812 var_12;
        wp::vec_t<3, wp::float32>* var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::float32 var_16;
        wp::float32* var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        bool var_21;
        const wp::float32 var_22 = 0.0;
        bool var_23;
        const wp::float32 var_24 = 1e-06;
        bool var_25;
        wp::float32 var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::vec_t<3, wp::float32> var_29;
        //---------
        // forward
        // def collide_spheres(                                                                   <L 11>
        // tid = wp.tid()                                                                         <L 16>
        var_0 = builtin_tid1d();
        // p = points[tid]                                                                        <L 17>
        var_1 = wp::address(var_points, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // for s in range(colliders.shape[0]):                                                    <L 18>
        var_4 = &(var_colliders.shape);
        var_7 = wp::load(var_4);
        var_6 = wp::extract(var_7, var_5);
        var_8 = wp::range(var_6);
        start_for_0:;
            if (iter_cmp(var_8) == 0) goto end_for_0;
            var_9 = wp::iter_next(var_8);
            // sphere = colliders[s]                                                              <L 19>
            var_10 = wp::address(var_colliders, var_9);
            var_12 = wp::load(var_10);
            var_11 = wp::copy(var_12);
            // delta = p - sphere.center                                                          <L 20>
            var_13 = &((var_11).center);
            var_15 = wp::load(var_13);
            var_14 = wp::sub(var_2, var_15);
            // dist = wp.length(delta)                                                            <L 21>
            var_16 = wp::length(var_14);
            // overlap = sphere.radius + particle_radius - dist                                   <L 22>
            var_17 = &((var_11).radius);
            var_19 = wp::load(var_17);
            var_18 = wp::add(var_19, var_particle_radius);
            var_20 = wp::sub(var_18, var_16);
            // if overlap > 0.0 and dist > 1.0e-6:                                                <L 23>
            var_23 = (var_20 > var_22);
            var_21 = var_23;
            if (var_21) {
                var_25 = (var_16 > var_24);
                var_21 = var_21 && var_25;
            }
            if (var_21) {
                // p = p + delta * (overlap / dist)                                               <L 24>
                var_26 = wp::div(var_20, var_16);
                var_27 = wp::mul(var_14, var_26);
                var_28 = wp::add(var_2, var_27);
            }
            var_29 = wp::where(var_21, var_28, var_2);
            wp::assign(var_2, var_29);
            goto start_for_0;
        end_for_0:;
        // points[tid] = p                                                                        <L 25>
        wp::array_store(var_points, var_0, var_2);
}



extern "C" __global__ void collide_spheres_e78f7112_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<SphereCollider_0eb27812> var_colliders,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::float32 var_particle_radius,
    wp::array_t<SphereCollider_0eb27812> adj_colliders,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points,
    wp::float32 adj_particle_radius)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::shape_t* var_4;
        const wp::int32 var_5 = 0;
        wp::int32 var_6;
        wp::shape_t var_7;
        wp::range_t var_8;
        wp::int32 var_9;
        SphereCollider_0eb27812* var_10;
        SphereCollider_0eb27812 var_11;
        SphereCollider_0eb27812 var_12;
        wp::vec_t<3, wp::float32>* var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::float32 var_16;
        wp::float32* var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        bool var_21;
        const wp::float32 var_22 = 0.0;
        bool var_23;
        const wp::float32 var_24 = 1e-06;
        bool var_25;
        wp::float32 var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::vec_t<3, wp::float32> var_29;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::shape_t adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::shape_t adj_7 = {};
        wp::range_t adj_8 = {};
        wp::int32 adj_9 = {};
        SphereCollider_0eb27812 adj_10 = {};
        SphereCollider_0eb27812 adj_11 = {};
        SphereCollider_0eb27812 adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        bool adj_21 = {};
        wp::float32 adj_22 = {};
        bool adj_23 = {};
        wp::float32 adj_24 = {};
        bool adj_25 = {};
        wp::float32 adj_26 = {};
        wp::vec_t<3, wp::float32> adj_27 = {};
        wp::vec_t<3, wp::float32> adj_28 = {};
        wp::vec_t<3, wp::float32> adj_29 = {};
        //---------
        // forward
        // def collide_spheres(                                                                   <L 11>
        // tid = wp.tid()                                                                         <L 16>
        var_0 = builtin_tid1d();
        // p = points[tid]                                                                        <L 17>
        var_1 = wp::address(var_points, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // for s in range(colliders.shape[0]):                                                    <L 18>
        var_4 = &(var_colliders.shape);
        var_7 = wp::load(var_4);
        var_6 = wp::extract(var_7, var_5);
        var_8 = wp::range(var_6);
        // points[tid] = p                                                                        <L 25>
        // wp::array_store(var_points, var_0, var_2);
        //---------
        // reverse
        wp::adj_array_store(var_points, var_0, var_2, adj_points, adj_0, adj_2);
        // adj: points[tid] = p                                                                   <L 25>
        var_8 = wp::iter_reverse(var_8);
        start_for_0:;
            if (iter_cmp(var_8) == 0) goto end_for_0;
            var_9 = wp::iter_next(var_8);
        	adj_10 = {};
        	adj_11 = {};
        	adj_12 = {};
        	adj_13 = {};
        	adj_14 = {};
        	adj_15 = {};
        	adj_16 = {};
        	adj_17 = {};
        	adj_18 = {};
        	adj_19 = {};
        	adj_20 = {};
        	adj_21 = {};
        	adj_22 = {};
        	adj_23 = {};
        	adj_24 = {};
        	adj_25 = {};
        	adj_26 = {};
        	adj_27 = {};
        	adj_28 = {};
        	adj_29 = {};
            // sphere = colliders[s]                                                              <L 19>
            var_10 = wp::address(var_colliders, var_9);
            var_12 = wp::load(var_10);
            var_11 = wp::copy(var_12);
            // delta = p - sphere.center                                                          <L 20>
            var_13 = &((var_11).center);
            var_15 = wp::load(var_13);
            var_14 = wp::sub(var_2, var_15);
            // dist = wp.length(delta)                                                            <L 21>
            var_16 = wp::length(var_14);
            // overlap = sphere.radius + particle_radius - dist                                   <L 22>
            var_17 = &((var_11).radius);
            var_19 = wp::load(var_17);
            var_18 = wp::add(var_19, var_particle_radius);
            var_20 = wp::sub(var_18, var_16);
            // if overlap > 0.0 and dist > 1.0e-6:                                                <L 23>
            var_23 = (var_20 > var_22);
            var_21 = var_23;
            if (var_21) {
                var_25 = (var_16 > var_24);
                var_21 = var_21 && var_25;
            }
            if (var_21) {
                // p = p + delta * (overlap / dist)                                               <L 24>
                var_26 = wp::div(var_20, var_16);
                var_27 = wp::mul(var_14, var_26);
                var_28 = wp::add(var_2, var_27);
            }
            var_29 = wp::where(var_21, var_28, var_2);
            wp::assign(var_2, var_29);
            wp::adj_assign(var_2, var_29, adj_2, adj_29);
            wp::adj_where(var_21, var_28, var_2, adj_21, adj_28, adj_2, adj_29);
            if (var_21) {
                wp::adj_add(var_2, var_27, adj_2, adj_27, adj_28);
                wp::adj_mul(var_14, var_26, adj_14, adj_26, adj_27);
                wp::adj_div(var_20, var_16, var_26, adj_20, adj_16, adj_26);
                // adj: p = p + delta * (overlap / dist)                                          <L 24>
            }
            if (var_21) {
            }
            // adj: if overlap > 0.0 and dist > 1.0e-6:                                           <L 23>
            wp::adj_sub(var_18, var_16, adj_18, adj_16, adj_20);
            wp::adj_add(var_19, var_particle_radius, adj_17, adj_particle_radius, adj_18);
            adj_11.radius += adj_17;
            // adj: overlap = sphere.radius + particle_radius - dist                              <L 22>
            wp::adj_length(var_14, var_16, adj_14, adj_16);
            // adj: dist = wp.length(delta)                                                       <L 21>
            wp::adj_sub(var_2, var_15, adj_2, adj_13, adj_14);
            adj_11.center += adj_13;
            // adj: delta = p - sphere.center                                                     <L 20>
            wp::adj_copy(var_12, adj_10, adj_11);
            wp::adj_address(var_colliders, var_9, adj_colliders, adj_9, adj_10);
            // adj: sphere = colliders[s]                                                         <L 19>
        	goto start_for_0;
        end_for_0:;
        adj_colliders.shape = adj_4;
        // adj: for s in range(colliders.shape[0]):                                               <L 18>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_points, var_0, adj_points, adj_0, adj_1);
        // adj: p = points[tid]                                                                   <L 17>
        // adj: tid = wp.tid()                                                                    <L 16>
        // adj: def collide_spheres(                                                              <L 11>
        return;
}

